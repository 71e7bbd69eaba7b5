using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using Site.Loading;

namespace Site.Output;

/// <summary>
/// The folder one build writes into, beside output/ (same file system, so the swap is a rename).
/// A plain build streams each page into it as soon as the page is rendered (so no page's HTML is
/// held until the end), then <see cref="Commit"/> writes the remaining files and replaces output/
/// in one swap. Disposed without a commit (the build failed, or threw), the folder is deleted and
/// output/ is left byte for byte as it was. Pages are written by one thread of the folder's own,
/// through a short queue: the renders never wait on the disk, so the thread pool does not add
/// threads (each with its own template and parser state) to make up for blocked ones. A file the
/// previous output/ already holds byte for byte is linked from it instead of written (PreviousOutput).
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];
    // Created at the first write: a build that fails before rendering creates nothing.
    private readonly Lazy<string> _path;
    private bool _committed;
    // Held while the staging folder is this build's: after a crash, the next build can prove it stale.
    private FolderClaim? _claim;
    // Pages waiting for the writer; bounded, so a slow disk holds back the renders, not memory.
    private readonly BlockingCollection<(string RelativePath, string Target, string Html)> _pages = new(boundedCapacity: 32);
    private readonly PreviousOutput _previous;
    private readonly Lazy<Task> _writer;
    private Exception? _writeFailure;

    public StagingFolder(string outputDirectory)
    {
        // Written where the file system says output/ is: a link named as the output is followed
        // here, once, and the swap replaces the folder it leads to, never the link's own folder.
        _output = (RealPath.Resolve(outputDirectory) ?? Path.GetFullPath(outputDirectory)).TrimEnd(Path.DirectorySeparatorChar);
        _previous = new PreviousOutput(_output);
        _path = new Lazy<string>(() =>
        {
            StaleFolders.Clean(_output);
            var staging = $"{_output}.tmp-{_suffix}";
            Directory.CreateDirectory(staging);
            _claim = FolderClaim.Take(staging, FolderClaim.StagingMarker, _output);
            return staging;
        });
        _writer = new Lazy<Task>(() => Task.Factory.StartNew(WritePages, TaskCreationOptions.LongRunning));
    }

    /// <summary>The folder, once something was written into it (tests look inside); null before.</summary>
    internal string? CreatedPath => _path.IsValueCreated ? _path.Value : null;

    /// <summary>Where a file written now will be once the build is committed.</summary>
    public string FinalPath(string relativePath) => Path.Combine(_output, relativePath);

    /// <summary>Queues one page for writing (UTF-8, no byte order mark: the bytes of <see cref="OutputFile.Text"/>); safe from parallel renders.</summary>
    public void WritePage(string relativePath, string html)
    {
        var target = Path.Combine(_path.Value, relativePath);
        _ = _writer.Value;
        _pages.Add((relativePath, target, html));
    }

    /// <summary>
    /// Writes one file now, from the caller's thread (a social card, as it is drawn), and returns it as
    /// staged, so that its bytes need not be held until the commit; safe from parallel callers.
    /// </summary>
    public OutputFile WriteFile(string relativePath, byte[] content)
    {
        var target = StagedPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        _previous.LinkOrWrite(relativePath, content, target);
        return OutputFile.Staged(relativePath, FinalPath(relativePath));
    }

    /// <summary>Where a file written into the folder is until the commit (a copy of it can be made from there meanwhile).</summary>
    public string StagedPath(string relativePath) => Path.Combine(_path.Value, relativePath);

    /// <summary>Waits until every queued page is on disk; rethrows the first write that failed.</summary>
    internal void Drain()
    {
        if (!_writer.IsValueCreated) return;
        _pages.CompleteAdding();
        _writer.Value.Wait();
        if (_writeFailure is not null) ExceptionDispatchInfo.Throw(_writeFailure);
    }

    private void WritePages()
    {
        foreach (var (relativePath, target, html) in _pages.GetConsumingEnumerable())
        {
            // After a failure the queue is still emptied, so that no render waits for room forever.
            if (_writeFailure is not null) continue;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                EncodeAndWrite(relativePath, target, html);
            }
            catch (Exception exception)
            {
                _writeFailure = exception;
            }
        }
    }

    /// <summary>The page's UTF-8 bytes (no byte order mark, as <see cref="OutputFile.Text"/>), in one buffer the writer thread reuses.</summary>
    private void EncodeAndWrite(string relativePath, string target, string html)
    {
        // A big page (a big table's data page, 28 MB for 200,000 rows) gets a buffer of its own: the shared
        // pool rounds a request up to a power of two and keeps what is returned for the rest of the
        // process (128 MB for that page; docs/performance.md, "Memory").
        if (html.Length >= PoolLimit)
        {
            _previous.LinkOrWrite(relativePath, Encoding.UTF8.GetBytes(html), target);
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
        try
        {
            var bytes = buffer.AsSpan(0, Encoding.UTF8.GetBytes(html, buffer));
            _previous.LinkOrWrite(relativePath, bytes, target);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Pages from this length on are encoded into an array of their own, not the shared pool's.</summary>
    private const int PoolLimit = 1 << 20;

    /// <summary>Writes the files not written yet (those <see cref="OutputFile.IsStaged"/> already are), then swaps the folder in for output/.</summary>
    public void Commit(IReadOnlyList<OutputFile> files)
    {
        Drain();
        var staging = _path.Value;
        var retired = $"{_output}.old-{_suffix}";
        var pending = files.Where(f => !f.IsStaged).ToList();
        FolderClaim? retiredClaim = null;
        try
        {
            foreach (var folder in pending.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.RelativePath))!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(folder);
            Parallel.ForEach(pending, file =>
            {
                var target = Path.Combine(staging, file.RelativePath);
                if (file.Content is not null) _previous.LinkOrWrite(file.RelativePath, file.Content, target);
                else _previous.LinkOrCopy(file.RelativePath, file.CopyFrom!, target);
            });

            _claim?.Release();
            _claim = null;
            if (Directory.Exists(_output))
            {
                Directory.Move(_output, retired);
                retiredClaim = FolderClaim.Take(retired, FolderClaim.RetiredMarker, _output);
            }
            Directory.Move(staging, _output);
            _committed = true;
        }
        catch
        {
            // Put the previous output back if the swap got half-way; Dispose drops the staging folder.
            retiredClaim?.Dispose();
            if (!Directory.Exists(_output) && Directory.Exists(retired))
            {
                Directory.Move(retired, _output);
                File.Delete(Path.Combine(_output, FolderClaim.RetiredMarker));
            }
            throw;
        }
        // Held until the old tree is gone: a build killed half-way through leaves it provably stale. Windows
        // cannot delete a folder that holds an open file, so there it is let go first (the marker still names
        // the output, which is the proof a later build needs).
        if (OperatingSystem.IsWindows()) retiredClaim?.Dispose();
        SafeDelete.Folder(retired);
        retiredClaim?.Dispose();
    }

    public void Dispose()
    {
        if (_writer.IsValueCreated && !_pages.IsAddingCompleted)
        {
            _pages.CompleteAdding();
            _writer.Value.Wait();
        }
        _pages.Dispose();
        _claim?.Dispose();
        if (!_committed && _path.IsValueCreated) SafeDelete.Folder(_path.Value);
    }
}
