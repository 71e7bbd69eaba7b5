using System.Diagnostics;

namespace Site.Tests.Support;

/// <summary>Runs the real generator as a process (exit codes, stdout, stderr, environment).</summary>
public static class SiteProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <param name="launcher">A command the generator runs under (e.g. setpriv as another account); none by default.</param>
    /// <param name="siteDll">The generator to run; the one built beside the tests by default.</param>
    public static Result Run(string workingDirectory, IEnumerable<string> args, IDictionary<string, string>? environment = null, IReadOnlyList<string>? launcher = null, string? siteDll = null)
    {
        var command = (launcher ?? []).Concat(siteDll is null ? Repo.SiteCommand : ["dotnet", siteDll]).ToList();
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command.Skip(1)) start.ArgumentList.Add(arg);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Progress lines appear after two seconds, which a loaded machine can reach on any build: tests
        // that do not ask for them (SITE_PROGRESS_AFTER_MS) should not see them.
        start.Environment["SITE_PROGRESS_AFTER_MS"] = "3600000";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A bound for a hang, not a speed test: a shared 2-core machine running other collections at once
        // is slow (the 10 MB page, 25 s alone, passed 5 minutes at a load average of 50).
        if (!process.WaitForExit(900_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("site did not finish in 15 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
