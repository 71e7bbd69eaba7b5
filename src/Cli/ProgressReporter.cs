using Site.Build;
namespace Site.Cli;

/// <summary>
/// Shows what a build is doing once it has run for two seconds, on one line it rewrites; silent for
/// fast builds, and silent when stderr is not a terminal (a log, CI, a pipe), where the summary line
/// that ends every build says what a reader of the log needs.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly BuildProgress _progress;
    private readonly Timer _timer;
    private bool _shown;
    private string? _lastLine;

    public ProgressReporter(BuildProgress progress)
    {
        _progress = progress;
        // SITE_PROGRESS_AFTER_MS lets tests (and impatient users) see progress on small builds.
        var after = int.TryParse(Environment.GetEnvironmentVariable("SITE_PROGRESS_AFTER_MS"), out var ms) ? ms : 2000;
        _timer = new Timer(_ => Show(), null, Console.IsErrorRedirected ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(after), TimeSpan.FromSeconds(1));
    }

    private void Show()
    {
        var pages = _progress.PagesTotal > 0 ? $" {_progress.PagesDone}/{_progress.PagesTotal} pages" : "";
        var line = $"building: {_progress.Stage}{pages}…";
        if (line == _lastLine) return;
        _lastLine = line;
        _shown = true;
        Console.Error.Write("\r" + line.PadRight(60));
    }

    public void Dispose()
    {
        _timer.Dispose();
        if (_shown) Console.Error.Write("\r" + new string(' ', 60) + "\r");
        _shown = false;
    }
}
