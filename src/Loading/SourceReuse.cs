using Site.Diagnostics;

namespace Site.Loading;

/// <summary>
/// The preview's memory of the text files it read: a file is read and decoded again only when the
/// watcher named it, or when its size or modification time changed since it was read (either alone
/// would do on a local disk; both together also cover a missed event and a coarse clock). A plain
/// build has none and reads everything. Thread-safe: the preview reads an edited page for itself
/// (page first) while a full build may be loading.
/// <para>
/// A file is read only once it has settled: written at least <c>settle</c> ago, and the same size
/// and time after the read as before it. A save that starts while the preview builds (an editor
/// truncates, then writes) is thus read whole, when it is done, never half-way. An empty file must
/// have been still for <c>emptySettle</c>: an editor that truncated it may not have written it yet.
/// </para>
/// </summary>
public sealed class SourceReuse(TimeSpan settle, TimeSpan emptySettle)
{
    /// <summary>How long a file that keeps changing is waited for before it is read as it is.</summary>
    private static readonly TimeSpan MostWait = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, (long Length, DateTime Written, SourceFile File)> _read = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Forgets the files the watcher reported; an empty path (the watcher overflowed) forgets everything.</summary>
    public void Forget(IEnumerable<string> changedPaths)
    {
        lock (_lock)
        foreach (var path in changedPaths)
        {
            if (path.Length == 0) { _read.Clear(); return; }
            _read.Remove(path);
            // A renamed or deleted folder: whatever was read under it.
            var folder = path.TrimEnd('/') + "/";
            foreach (var key in _read.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)).ToList()) _read.Remove(key);
        }
    }

    /// <summary>The file as read last time when it did not change; else reads it with <paramref name="read"/>.</summary>
    public SourceFile? Read(string fullPath, string relativePath, string displayRoot, DiagnosticBag diagnostics,
        Func<string, string, string, DiagnosticBag, SourceFile?> read)
    {
        var stamp = Stamp(fullPath);
        (long Length, DateTime Written, SourceFile File) known;
        bool found;
        lock (_lock) found = _read.TryGetValue(fullPath, out known);
        if (found && (known.Length, known.Written) == stamp
            && known.File.RelativePath == relativePath && known.File.DisplayPath == Paths.Display(fullPath, displayRoot))
            return known.File;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var age = DateTime.UtcNow - stamp.Written;
            var needed = stamp.Length == 0 ? emptySettle : settle;
            if (age < needed && waited.Elapsed < MostWait)
            {
                Thread.Sleep(needed - age);
                stamp = Stamp(fullPath);
                continue;
            }
            var own = new DiagnosticBag();
            var file = read(fullPath, relativePath, displayRoot, own);
            var after = Stamp(fullPath);
            if (after != stamp && waited.Elapsed < MostWait)
            {
                // Written while we read it: what we have may be half of it.
                stamp = after;
                continue;
            }
            diagnostics.AddRange(own.Sorted());
            // The stamp from before the read: had the file changed since, the next build reads it again.
            lock (_lock)
            {
                if (file is null) _read.Remove(fullPath);
                else _read[fullPath] = (stamp.Length, stamp.Written, file);
            }
            return file;
        }
    }

    /// <summary>
    /// The files read for the last build that have changed since: a build that failed on one of them
    /// may have read a save half-way (the editor paused longer than the settle time between its
    /// writes), so its errors are not worth showing before it is built again.
    /// </summary>
    public IReadOnlyList<string> ChangedSinceRead()
    {
        lock (_lock) return _read.Where(entry => Stamp(entry.Key) != (entry.Value.Length, entry.Value.Written)).Select(entry => entry.Key).ToList();
    }

    private static (long Length, DateTime Written) Stamp(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1L, DateTime.MinValue);
    }

    /// <summary>Drops files no longer in the site, so a long session does not keep deleted pages.</summary>
    public void KeepOnly(IReadOnlySet<string> fullPaths)
    {
        lock (_lock)
        foreach (var key in _read.Keys.Where(k => !fullPaths.Contains(k)).ToList()) _read.Remove(key);
    }
}
