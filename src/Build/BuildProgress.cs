using System.Diagnostics;

namespace Site.Build;

/// <summary>
/// What a build is doing, for the CLI's progress line and its --timings report. The pipeline only
/// moves <see cref="Stage"/> on; it does not know who is watching.
/// </summary>
public sealed class BuildProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, long Milliseconds)> _timings = new();
    private string _stage = "loading";
    private long _stageStart;
    private int _pagesDone;

    public string Stage
    {
        get => _stage;
        set
        {
            PagesTotal = 0;
            var now = _clock.ElapsedMilliseconds;
            lock (_timings) _timings.Add((_stage, now - _stageStart));
            _stage = value;
            _stageStart = now;
        }
    }

    /// <summary>Pages the current stage works through (0 for stages that do not count pages).</summary>
    public int PagesTotal { get; private set; }
    public int PagesDone => Volatile.Read(ref _pagesDone);

    /// <summary>Starts a stage that goes page by page; its count starts again at 0.</summary>
    public void BeginPages(string stage, int total)
    {
        Stage = stage;
        Volatile.Write(ref _pagesDone, 0);
        PagesTotal = total;
    }

    public void PageDone() => Interlocked.Increment(ref _pagesDone);

    /// <summary>Milliseconds per finished stage, in order; call after the build.</summary>
    public IReadOnlyList<(string Stage, long Milliseconds)> Timings()
    {
        Stage = "done";
        lock (_timings) return _timings.ToList();
    }
}
