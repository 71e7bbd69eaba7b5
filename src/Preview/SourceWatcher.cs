namespace Site.Preview;

/// <summary>
/// Watches input/ and theme/ and calls back once per burst of changes: editors fire several events
/// per save (write, rename, attributes), so changes are gathered until 30 ms pass without a new one.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Func<IReadOnlyCollection<string>, Task> _onChange;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _timer;

    public SourceWatcher(IEnumerable<string> folders, Func<IReadOnlyCollection<string>, Task> onChange)
    {
        _onChange = onChange;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
            // Too many events at once: rebuild anyway (the build reads every file, so nothing is missed).
            watcher.Error += (_, _) => Note("");
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Note(string path)
    {
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        List<string> changed;
        lock (_lock)
        {
            changed = _pending.ToList();
            _pending.Clear();
        }
        if (changed.Count > 0) _ = _onChange(changed);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
