using Site.Diagnostics;
using Site.Loading;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>The preview's reuse of unchanged text files: reused when nothing changed, read again whenever anything did, never read half-written.</summary>
public sealed class SourceReuseTests : IDisposable
{
    private readonly TempDirectory _root = new();
    // Settling times far above the pauses in the last two tests (15 ms, 300 ms), so a busy machine cannot
    // stretch a pause past them; the pauses are taken on the test's own thread, not on a starved thread pool.
    private readonly SourceReuse _reuse = new(TimeSpan.FromMilliseconds(1000), TimeSpan.FromMilliseconds(1900));
    private int _reads;

    public void Dispose() => _root.Dispose();

    private SourceFile? Read(string path) => _reuse.Read(path, "page.md", _root.Path, new DiagnosticBag(), (full, relative, display, bag) =>
    {
        Interlocked.Increment(ref _reads);
        return SourceLoader.Read(full, relative, display, bag);
    });

    [Fact]
    public void An_unchanged_file_is_not_read_again_and_a_changed_one_is()
    {
        var path = _root.Write("page.md", "first text");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        var first = Read(path);
        Assert.Same(first, Read(path));
        Assert.Equal(1, _reads);

        // Same length, another time: read again, without the watcher saying so.
        File.WriteAllText(path, "other text");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1).AddSeconds(1));
        Assert.Equal("other text", Read(path)!.Text);
        Assert.Equal(2, _reads);
    }

    [Fact]
    public void A_file_the_watcher_names_is_read_again_even_with_the_same_size_and_time()
    {
        var path = _root.Write("page.md", "first text");
        var time = DateTime.UtcNow.AddMinutes(-1);
        File.SetLastWriteTimeUtc(path, time);
        Read(path);
        File.WriteAllText(path, "other text");
        File.SetLastWriteTimeUtc(path, time);
        Assert.Equal("first text", Read(path)!.Text);
        _reuse.Forget([path]);
        Assert.Equal("other text", Read(path)!.Text);
        _reuse.Forget([""]);
        Read(path);
        Assert.Equal(3, _reads);
    }

    [Fact]
    public async Task A_file_just_truncated_is_waited_for()
    {
        var path = _root.Write("page.md", "");
        var reading = Task.Run(() => Read(path));
        Thread.Sleep(300);
        File.WriteAllText(path, "the text, written 300 ms after the file was emptied");
        Assert.Equal("the text, written 300 ms after the file was emptied", (await reading)!.Text);
    }

    [Fact]
    public async Task A_file_being_written_is_read_once_it_has_settled()
    {
        var path = _root.Write("page.md", "");
        // The editor truncated the file and writes its text in two pieces, 15 ms apart.
        await using var file = new FileStream(path, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite);
        file.Write("the first half, "u8);
        file.Flush();
        var reading = Task.Run(() => Read(path));
        Thread.Sleep(15);
        file.Write("then the second half"u8);
        file.Flush();
        Assert.Equal("the first half, then the second half", (await reading)!.Text);
    }

    [Fact]
    public void Files_that_changed_since_they_were_read_are_named_and_others_are_not()
    {
        var kept = _root.Write("kept.md", "kept");
        var edited = _root.Write("edited.md", "before");
        var removed = _root.Write("removed.md", "gone soon");
        foreach (var path in new[] { kept, edited, removed }) File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        foreach (var path in new[] { kept, edited, removed }) Read(path);
        Assert.Empty(_reuse.ChangedSinceRead());

        File.WriteAllText(edited, "after, and longer");
        File.Delete(removed);
        Assert.Equal(new[] { edited, removed }.Order(StringComparer.Ordinal), _reuse.ChangedSinceRead().Order(StringComparer.Ordinal));
    }
}
