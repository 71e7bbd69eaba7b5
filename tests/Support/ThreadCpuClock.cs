using System.Runtime.InteropServices;

namespace Site.Tests.Support;

/// <summary>
/// The CPU time the current thread has used (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>).
/// Tests that bound how much work a single-threaded step does ("linear time", "seconds, not
/// minutes") measure it with this rather than a wall clock: the wall clock of a step grows with every
/// other process and test collection on the machine; the thread's CPU time grows only with its own work.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static TimeSpan Now()
    {
        if (ClockGetTime(ThreadCpuTimeId, out var time) != 0)
            throw new InvalidOperationException($"clock_gettime failed ({Marshal.GetLastPInvokeError()})");
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    /// <summary>The CPU time <paramref name="work"/> takes on this thread (it must not hand work to other threads).</summary>
    public static TimeSpan Measure(Action work)
    {
        var start = Now();
        work();
        return Now() - start;
    }
}
