using System.Threading.Channels;

namespace Site.Preview;

/// <summary>
/// Watches input/ and theme/ and calls back once per burst of changes, one call at a time.
/// <para>
/// Debounce: editors fire several events per save (truncate, write, write, rename, attributes),
/// so changes are gathered until <see cref="Quiet"/> passes without a new one. A save whose steps
/// come closer together than that is seen whole; a burst that never pauses ends anyway after
/// <see cref="LongestBurst"/>, so a storm is built once a second, not only once it stops. A text source that is empty when the burst ends is
/// most likely truncated and not yet written again, so the callback waits for it (up to
/// <see cref="EmptyFileGrace"/>; a file really emptied then builds, and reports its error).
/// </para>
/// <para>
/// Merging: while a callback (a rebuild) runs, new changes wait; when it returns, everything that
/// changed meanwhile goes to ONE more call. A burst of 50 saves is one or two rebuilds, never 50
/// rebuilds in a queue, and never two at once.
/// </para>
/// <para>
/// Bursts: besides the merged rebuilds, every burst's own changes go to <c>onBurst</c> as soon as
/// it ends, even while a rebuild runs (the preview serves an edited page first from there; the
/// rebuild that follows builds the rest). A burst with an empty text source is not passed on: it is
/// being saved.
/// </para>
/// <para>
/// Errors: nothing is swallowed. A watcher that overflowed (more changes at once than its buffer
/// holds) or failed is one line on <c>errors</c> and a rebuild of the whole site (every file read
/// again, as an empty path tells <see cref="Loading.SourceReuse"/>); a failed watcher is also
/// restarted. An exception escaping a callback (a bug of ours) is one line too, and the watcher goes
/// on: the next save still rebuilds.
/// </para>
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    /// <summary>
    /// 20 ms: local editors write a save in one or a few syscalls microseconds apart (VS Code and vim
    /// truncate then write; JetBrains writes a temporary file and renames it), and a 10 MB page is
    /// written in well under 20 ms. It is part of every save's latency (the preview aims at ≤ 50 ms
    /// from save to new page, and an edited page renders in a few ms), so it is kept short. Slower,
    /// chunked writers are covered by the empty-file wait below, by SourceReuse's reading a file only
    /// once it is still and unchanged across the read, and by a failed build being built again when
    /// its files changed since they were read.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// 1 s: a burst that never pauses for <see cref="Quiet"/> (a tool rewriting files without end, a
    /// sync client, saves every 15 ms) still ends this long after its first change, so the preview
    /// keeps up with a storm instead of waiting for it to stop. Far longer than any one save.
    /// </summary>
    public static readonly TimeSpan LongestBurst = TimeSpan.FromSeconds(1);

    /// <summary>How long a truncated (empty) page, table or template is waited for before it is built as it is.</summary>
    public static readonly TimeSpan EmptyFileGrace = TimeSpan.FromMilliseconds(1000);

    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Func<IReadOnlyCollection<string>, Task> _onChange;
    private readonly Action<IReadOnlyCollection<string>>? _onBurst;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    // The changes since the last burst ended (the pending ones may span several bursts).
    private readonly HashSet<string> _burst = new(StringComparer.Ordinal);
    private readonly Lock _burstLock = new();
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    // Capacity 1: however many bursts end while a rebuild runs, one more rebuild follows it.
    private readonly Channel<bool> _due = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly TextWriter _errors;
    private DateTime _firstEmptySeen = DateTime.MaxValue;

    /// <summary>A change that stands for every file: the watcher missed some, so everything is read again.</summary>
    public const string Everything = "";

    public SourceWatcher(IEnumerable<string> folders, Func<IReadOnlyCollection<string>, Task> onChange, Action<IReadOnlyCollection<string>>? onBurst,
        TextWriter errors)
    {
        _onChange = onChange;
        _onBurst = onBurst;
        _errors = errors;
        _timer = new Timer(_ => BurstEnded(), null, Timeout.Infinite, Timeout.Infinite);
        _loop = Task.Run(RebuildLoop);
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
            watcher.Error += (_, e) => WatcherFailed(watcher, e.GetException());
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    // When the burst's first change came (a Stopwatch timestamp), 0 between bursts. Under _lock.
    private long _burstBegan;

    /// <summary>Records a change and restarts the quiet period (unless the burst has gone on for <see cref="LongestBurst"/>).</summary>
    public void Note(string path)
    {
        lock (_lock)
        {
            // An event still in flight while Dispose runs: the timer is gone.
            if (Volatile.Read(ref _disposed) == 1) return;
            _pending.Add(path);
            _burst.Add(path);
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            if (_burstBegan == 0) _burstBegan = now;
            var longEnough = System.Diagnostics.Stopwatch.GetElapsedTime(_burstBegan, now) >= LongestBurst;
            _timer.Change(longEnough ? TimeSpan.Zero : Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// A watcher overflowed (the kernel dropped events: which files changed is unknown) or failed:
    /// said on one line, then the whole site is read again; a failed watcher is started again first.
    /// </summary>
    private void WatcherFailed(FileSystemWatcher watcher, Exception exception)
    {
        if (Volatile.Read(ref _disposed) == 1) return;
        var folder = watcher.Path;
        if (exception is InternalBufferOverflowException)
        {
            Say($"site: the file watcher of {folder}/ overflowed (too many changes at once: {OneLine(exception)}); rebuilding the whole site.");
            Note(Everything);
            return;
        }
        Say($"site: the file watcher of {folder}/ failed ({exception.GetType().Name}: {OneLine(exception)}); watching again and rebuilding the whole site.");
        // Not on the watcher's own thread, which raised this event.
        _ = Task.Run(() =>
        {
            try
            {
                if (Volatile.Read(ref _disposed) == 1) return;
                watcher.EnableRaisingEvents = false;
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception restart)
            {
                if (Volatile.Read(ref _disposed) == 0)
                    Say($"site: cannot watch {folder}/ again ({restart.GetType().Name}: {OneLine(restart)}); saves there are not seen until serve is restarted.");
            }
            if (Volatile.Read(ref _disposed) == 0) Note(Everything);
        });
    }

    /// <summary>Test seam: what the watcher of the first folder does when it raises <paramref name="exception"/>.</summary>
    internal void SimulateWatcherError(Exception exception) => WatcherFailed(_watchers[0], exception);

    private void Say(string line)
    {
        lock (_errors) _errors.WriteLine(line);
    }

    private static string OneLine(Exception exception) => exception.Message.ReplaceLineEndings(" ");

    /// <summary>The quiet time passed: the burst goes to <c>onBurst</c> (one at a time), then a rebuild is due.</summary>
    private void BurstEnded()
    {
        lock (_lock) _burstBegan = 0;
        // A timer callback: an exception escaping it would end the process.
        try
        {
            if (_onBurst is not null)
            {
                lock (_burstLock)
                {
                    List<string> burst;
                    lock (_lock)
                    {
                        burst = _burst.ToList();
                        _burst.Clear();
                    }
                    if (burst.Count > 0 && !burst.Any(IsEmptyTextSource)) _onBurst(burst);
                }
            }
        }
        catch (Exception exception)
        {
            // The callback reports the failures it expects: this is a bug of ours. The rebuild below still runs.
            Say($"site: internal error in the file watcher after a save ({exception.GetType().Name}: {OneLine(exception)}); rebuilding the site.");
        }
        _due.Writer.TryWrite(true);
    }

    private async Task RebuildLoop()
    {
        try
        {
            await foreach (var _ in _due.Reader.ReadAllAsync(_stop.Token))
            {
                try
                {
                    List<string> changed;
                    lock (_lock)
                    {
                        if (_pending.Count == 0) continue;
                        if (WaitForTruncatedFile())
                        {
                            if (Volatile.Read(ref _disposed) == 0) _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
                            continue;
                        }
                        changed = _pending.ToList();
                        _pending.Clear();
                    }
                    await _onChange(changed);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !_stop.IsCancellationRequested)
                {
                    // The callback reports the failures it expects: this is a bug of ours. The loop must
                    // survive it to see the next save.
                    Say($"site: internal error in the file watcher while rebuilding ({exception.GetType().Name}: {OneLine(exception)}); the next save rebuilds.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    /// <summary>True while a changed text source is empty and the grace period has not run out.</summary>
    private bool WaitForTruncatedFile()
    {
        var empty = _pending.Any(IsEmptyTextSource);
        if (!empty)
        {
            _firstEmptySeen = DateTime.MaxValue;
            return false;
        }
        var now = DateTime.UtcNow;
        if (_firstEmptySeen == DateTime.MaxValue) _firstEmptySeen = now;
        if (now - _firstEmptySeen < EmptyFileGrace) return true;
        _firstEmptySeen = DateTime.MaxValue;
        return false;
    }

    private static bool IsEmptyTextSource(string path)
    {
        if (!(path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal)
            || path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".sbn-html", StringComparison.Ordinal))) return false;
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private int _disposed;

    /// <summary>Stops watching and waits for a running rebuild to end; safe to call twice (Stop, then dispose).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        foreach (var watcher in _watchers) watcher.Dispose();
        lock (_lock) _timer.Dispose();
        _stop.Cancel();
        _due.Writer.TryComplete();
        try { _loop.Wait(TimeSpan.FromSeconds(30)); }
        catch (AggregateException) { /* the loop ended with the token */ }
        _stop.Dispose();
    }
}
