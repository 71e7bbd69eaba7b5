using Site.Build;
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
        (string From, string To)? StylesheetSwap)
    {
        /// <summary>The page a page-first report served (its URL), else null.</summary>
        public string? Url { get; init; }
        /// <summary>A page-first report: the anchors checked (the page's own, and other pages' into it).</summary>
        public int AnchorsChecked { get; init; }
        /// <summary>A full build's report: it replaced a page served first.</summary>
        public bool PageServedFirst { get; init; }
        /// <summary>...and this build changed other HTML pages than the one served first (open tabs need a reload).</summary>
        public bool PagesChangedSinceServedFirst { get; init; }
        /// <summary>A page was served first while this build ran: it was not served, and the next rebuild follows.</summary>
        public bool Superseded { get; init; }
    }

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
    /// With <paramref name="pageServed"/>, the change is first offered to <see cref="ServeFirst"/>
    /// (the preview server does that itself, as soon as a burst of changes ends). A build that
    /// started before a page was served first is not served (it has an older text of that page;
    /// the rebuild that follows serves the newer one): its report says <see cref="Report.Superseded"/>.
    /// </summary>
    public async Task<Report> Rebuild(IReadOnlyCollection<string> changed, Action<Report>? pageServed = null)
    {
        var first = pageServed is null ? null : ServeFirst(changed);
        if (first is not null) pageServed!(first);
        await _gate.WaitAsync();
        try
        {
            long covered;
            int servedAtStart;
            lock (_publish)
            {
                covered = _bursts;
                servedAtStart = _servedFirst;
            }
            _sources.Forget(changed);
            var result = SiteBuilder.Generate(options, cache: _cache, reuse: _sources);
            // A failure built from a file that has changed since it was read is no news: the editor was
            // still saving. So is one about a file that was listed but gone when read (an atomic save's
            // temporary file, renamed over its page; a file deleted mid-build). Build what is there now
            // instead of flashing an error that is already gone (bounded, so a file rewritten without
            // end still gets its errors shown).
            for (var retry = 0; !result.Succeeded && retry < StaleFailureRetries; retry++)
            {
                var stale = _sources.ChangedSinceRead().Concat(Vanished(result.Diagnostics)).ToList();
                if (stale.Count == 0) break;
                _sources.Forget(stale);
                result = SiteBuilder.Generate(options, cache: _cache, reuse: _sources);
            }
            BasePath = result.BasePath;
            var rendered = result.RenderedPages + (first?.RenderedPages ?? 0);
            var files = result.Succeeded ? result.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal) : null;
            lock (_publish)
            {
                // Every change seen before this build began is built now (whether it succeeded or not).
                _unbuilt.RemoveAll(change => change.Burst <= covered);
                var previous = Current;
                if (_servedFirst != servedAtStart)
                    return new Report(result.Succeeded, rendered, result.Pages, result.Milliseconds, result.Diagnostics, null) { Superseded = true };
                if (files is null)
                {
                    // A page served first belongs to a site that does not build: back to the last good one.
                    if (!_currentIsFull && _lastFull is not null) Publish(_lastFull, full: true);
                    return new Report(false, rendered, result.Pages, result.Milliseconds, result.Diagnostics, null);
                }
                var servedFirst = previous is not null && !_currentIsFull;
                _lastFull = files;
                Publish(files, full: true);
                return new Report(true, rendered, result.Pages, result.Milliseconds, result.Diagnostics, StylesheetSwap(previous, files, changed))
                {
                    PageServedFirst = servedFirst,
                    PagesChangedSinceServedFirst = servedFirst && HtmlDiffers(previous!.Files, files),
                };
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The files an unreadable-file error (SITE007) names that do not exist any more: they went away during the build.</summary>
    private IEnumerable<string> Vanished(IEnumerable<Diagnostic> diagnostics)
    {
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? Directory.GetCurrentDirectory());
        return diagnostics.Where(d => d.IsError && d.Code == Codes.SITE007.Id)
            .Select(d => Path.GetFullPath(Path.Combine(displayRoot, d.Path)))
            .Where(path => !File.Exists(path) && !Directory.Exists(path));
    }

    // Guards what is served (the snapshot, its number, which build it came from) and the changes not built yet.
    private readonly Lock _publish = new();
    // One page served first at a time (bursts may end while one renders).
    private readonly Lock _first = new();
    private long _bursts;
    private int _servedFirst;
    private bool _currentIsFull = true;
    private readonly List<(long Burst, string Path)> _unbuilt = new();

    /// <summary>The files of the last successful full build (a page served first is not one).</summary>
    private IReadOnlyDictionary<string, OutputFile>? _lastFull;

    /// <summary>Serves a snapshot; build numbers only go up, so X-Preview-Build tells builds apart in order. Under <see cref="_publish"/>.</summary>
    private void Publish(IReadOnlyDictionary<string, OutputFile> files, bool full)
    {
        Volatile.Write(ref _current, new Snapshot(files, (Current?.Build ?? 0) + 1));
        _currentIsFull = full;
    }

    /// <summary>
    /// Serves the one page whose body changed, before any full build, when that is the whole change
    /// and every change not yet built is to that page (see <see cref="PageFirst"/>); safe to call
    /// while a full build runs. Returns null, serving nothing, in every other case: the full build
    /// that follows the change builds it and reports its errors.
    /// </summary>
    public Report? ServeFirst(IReadOnlyCollection<string> changed)
    {
        lock (_first)
        {
            List<string> unbuilt;
            lock (_publish)
            {
                _bursts++;
                foreach (var change in changed) _unbuilt.Add((_bursts, change));
                unbuilt = _unbuilt.Select(change => change.Path).Distinct(StringComparer.Ordinal).ToList();
            }
            if (_cache.Last is not { } last || Current is null) return null;
            // Editors save through files that are gone when the save ends (vim's 4913 and p.md~, JetBrains'
            // p.md___jb_tmp___): those the last build did not use change nothing. An empty path is an
            // overflowed watcher: anything may have changed.
            var touched = unbuilt.Where(p => p.Length == 0 || File.Exists(p) || Directory.Exists(p) || last.Used(p)).ToList();
            if (touched.Count != 1 || touched[0].Length == 0) return null;
            var path = touched[0];
            if (!path.EndsWith(".md", StringComparison.Ordinal) || !path.StartsWith(last.InputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path)) return null;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // Read as the full build reads it (settled, decoded strictly), which then reuses this read.
            _sources.Forget([path]);
            var reading = new DiagnosticBag();
            var file = _sources.Read(path, Paths.Relative(last.InputRoot, path), last.DisplayRoot, reading, SourceLoader.Read);
            if (file is null || reading.HasErrors) return null;
            if (PageFirst.TryRender(_cache, last, file) is not { } page) return null;
            lock (_publish)
            {
                var current = Current!;
                var files = new Dictionary<string, OutputFile>(current.Files.Count, StringComparer.Ordinal);
                foreach (var (name, output) in current.Files) files[name] = output;
                files[page.File.RelativePath] = page.File;
                _servedFirst++;
                Publish(files, full: false);
            }
            return new Report(true, 1, last.Pages.Count, clock.ElapsedMilliseconds, [], null) { Url = page.Page.Url, AnchorsChecked = page.AnchorsChecked };
        }
    }

    /// <summary>True when an HTML page differs between two snapshots (pages kept from the cache share their bytes).</summary>
    private static bool HtmlDiffers(IReadOnlyDictionary<string, OutputFile> before, IReadOnlyDictionary<string, OutputFile> after) =>
        before.Count != after.Count || after.Any(entry => entry.Key.EndsWith(".html", StringComparison.Ordinal)
            && !(before.TryGetValue(entry.Key, out var old) && (ReferenceEquals(old.Content, entry.Value.Content)
                || (old.Content is not null && entry.Value.Content is not null && old.Content.AsSpan().SequenceEqual(entry.Value.Content)))));

    private static (string, string)? StylesheetSwap(Snapshot? previous, Dictionary<string, OutputFile> files, IReadOnlyCollection<string> changed)
    {
        if (previous is null || changed.Count == 0 || !changed.All(p => p.EndsWith(".css", StringComparison.Ordinal))) return null;
        var before = previous.Files.Keys.Where(k => k.EndsWith(".css", StringComparison.Ordinal) && !files.ContainsKey(k)).ToList();
        var after = files.Keys.Where(k => k.EndsWith(".css", StringComparison.Ordinal) && !previous.Files.ContainsKey(k)).ToList();
        return before.Count == 1 && after.Count == 1 ? (before[0], after[0]) : null;
    }
}
