namespace Site;

/// <summary>Counters a long build updates, so the CLI can show progress without knowing the stages.</summary>
public sealed class BuildProgress
{
    private int _pagesDone;

    public string Stage { get; set; } = "loading";
    public int PagesTotal { get; set; }
    public int PagesDone => Volatile.Read(ref _pagesDone);

    public void PageDone() => Interlocked.Increment(ref _pagesDone);
}
