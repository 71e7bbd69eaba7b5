namespace Site.Cli;

/// <summary>Shows what a build is doing once it has run for two seconds; silent for fast builds.</summary>
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
        _timer = new Timer(_ => Show(), null, TimeSpan.FromMilliseconds(after), TimeSpan.FromSeconds(1));
    }

    private void Show()
    {
        var pages = _progress.PagesTotal > 0 ? $" {_progress.PagesDone}/{_progress.PagesTotal} pages" : "";
        var line = $"building: {_progress.Stage}{pages}…";
        // A log (redirected stderr) gets a line per change, not the same line every second.
        if (line == _lastLine) return;
        _lastLine = line;
        _shown = true;
        if (Console.IsErrorRedirected) Console.Error.WriteLine(line);
        else Console.Error.Write("\r" + line.PadRight(60));
    }

    public void Dispose()
    {
        _timer.Dispose();
        if (_shown && !Console.IsErrorRedirected) Console.Error.Write("\r" + new string(' ', 60) + "\r");
        _shown = false;
    }
}
