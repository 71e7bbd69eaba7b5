using System.Diagnostics;

namespace Site;

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
            var now = _clock.ElapsedMilliseconds;
            lock (_timings) _timings.Add((_stage, now - _stageStart));
            _stage = value;
            _stageStart = now;
        }
    }

    public int PagesTotal { get; set; }
    public int PagesDone => Volatile.Read(ref _pagesDone);

    public void PageDone() => Interlocked.Increment(ref _pagesDone);

    /// <summary>Milliseconds per finished stage, in order; call after the build.</summary>
    public IReadOnlyList<(string Stage, long Milliseconds)> Timings()
    {
        Stage = "done";
        lock (_timings) return _timings.ToList();
    }
}
