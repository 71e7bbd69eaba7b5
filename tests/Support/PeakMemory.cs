using System.Runtime.InteropServices;

namespace Site.Tests.Support;

/// <summary>
/// Runs a command as a child process and returns its peak resident set size, as GNU time's %M gives it:
/// the kernel's own high-water mark (ru_maxrss from wait4), not a sample. The child is started with
/// posix_spawn and reaped with wait4 here, out of sight of System.Diagnostics.Process (which reaps its
/// own children and keeps no rusage). Linux only, as the project's CI and benchmark machines are.
/// </summary>
public static class PeakMemory
{
    public sealed record Result(int ExitCode, long PeakRssBytes, string Output);

    public static Result Run(string workingDirectory, string shellCommand)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("peak RSS is read with Linux's wait4");
        var log = Path.Combine(workingDirectory, "peak-memory.log");
        // sh replaces itself with the command (exec): the pid waited for is the command's own.
        string?[] argv = ["/bin/sh", "-c", $"cd '{workingDirectory}' && exec {shellCommand} >'{log}' 2>&1", null];
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => $"{e.Key}={e.Value}").Append(null).ToArray();
        var error = posix_spawn(out var pid, "/bin/sh", IntPtr.Zero, IntPtr.Zero, argv, environment);
        if (error != 0) throw new InvalidOperationException($"posix_spawn failed: error {error}");
        int status;
        RUsage usage;
        while (wait4(pid, out status, 0, out usage) < 0)
        {
            if (Marshal.GetLastPInvokeError() != 4) throw new InvalidOperationException($"wait4 failed: errno {Marshal.GetLastPInvokeError()}"); // 4: EINTR, wait again
        }
        var exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);
        return new Result(exitCode, usage.MaxRssKilobytes * 1024, File.ReadAllText(log));
    }

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs, ru_maxrss (in KB) first.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRssKilobytes;
        public long Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int posix_spawn(out int pid, string path, IntPtr fileActions, IntPtr attributes, string?[] argv, string?[] environment);

    [DllImport("libc", SetLastError = true)]
    private static extern int wait4(int pid, out int status, int options, out RUsage usage);
}
