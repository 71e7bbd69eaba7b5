using Site.Caching;
using Site.Diagnostics;
using Site.Loading;
using Site.Output;

namespace Site.Preview;

/// <summary>
/// The site as the preview serves it: built in memory (output/ is never touched), rebuilt
/// incrementally through one <see cref="BuildCache"/>, and swapped only when a build succeeds, so a
/// bad save keeps the last good site on screen.
/// </summary>
public sealed class PreviewSite(BuildOptions options)
{
    /// <summary>One successful build, served whole: <paramref name="Build"/> numbers it (1, 2, …) for the X-Preview-Build header.</summary>
    public sealed record Snapshot(IReadOnlyDictionary<string, OutputFile> Files, int Build);

    public sealed record Report(bool Succeeded, int RenderedPages, int Pages, long Milliseconds, IReadOnlyList<Diagnostic> Diagnostics,
        (string From, string To)? StylesheetSwap);

    private readonly BuildCache _cache = new();
    // A file is read once it has been still for as long as the watcher's debounce (an empty one, as long as the watcher waits for it).
    private readonly SourceReuse _sources = new(SourceWatcher.Quiet, SourceWatcher.EmptyFileGrace);
    private const int StaleFailureRetries = 3;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;

    public Snapshot? Current => Volatile.Read(ref _current);

    /// <summary>The base path of the last build: --base-path, else site.yml's, as in production.</summary>
    public string BasePath { get; private set; } = "/";
    public BuildOptions Options => options;

    /// <summary>
    /// Rebuilds; one at a time. <paramref name="changed"/> are the files that changed (absolute
    /// paths): when they are all stylesheets, the report names the stylesheet to swap in place.
    /// </summary>
    public async Task<Report> Rebuild(IReadOnlyCollection<string> changed)
    {
        await _gate.WaitAsync();
        try
        {
            _sources.Forget(changed);
            var result = SiteBuilder.Generate(options, cache: _cache, reuse: _sources);
            // A failure built from a file that has changed since it was read is no news: the editor was
            // still saving. Build what is there now instead of flashing an error that is already gone
            // (bounded, so a file rewritten without end still gets its errors shown).
            for (var retry = 0; !result.Succeeded && retry < StaleFailureRetries; retry++)
            {
                var stale = _sources.ChangedSinceRead();
                if (stale.Count == 0) break;
                _sources.Forget(stale);
                result = SiteBuilder.Generate(options, cache: _cache, reuse: _sources);
            }
            BasePath = result.BasePath;
            var previous = Current;
            if (!result.Succeeded) return new Report(false, result.RenderedPages, result.Pages, result.Milliseconds, result.Diagnostics, null);

            var files = result.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
            Volatile.Write(ref _current, new Snapshot(files, (previous?.Build ?? 0) + 1));
            return new Report(true, result.RenderedPages, result.Pages, result.Milliseconds, result.Diagnostics, StylesheetSwap(previous, files, changed));
        }
        finally
        {
            _gate.Release();
        }
    }

    private static (string, string)? StylesheetSwap(Snapshot? previous, Dictionary<string, OutputFile> files, IReadOnlyCollection<string> changed)
    {
        if (previous is null || changed.Count == 0 || !changed.All(p => p.EndsWith(".css", StringComparison.Ordinal))) return null;
        var before = previous.Files.Keys.Where(k => k.EndsWith(".css", StringComparison.Ordinal) && !files.ContainsKey(k)).ToList();
        var after = files.Keys.Where(k => k.EndsWith(".css", StringComparison.Ordinal) && !previous.Files.ContainsKey(k)).ToList();
        return before.Count == 1 && after.Count == 1 ? (before[0], after[0]) : null;
    }
}
