using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Site.Preview;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// `serve` under save storms, on a copy of a small site and the real server on loopback: atomic saves
/// (a temporary file renamed over the page), truncate-then-write, fifty saves in a row, a page deleted
/// and recreated, a folder renamed. The preview settles on the last text, serves no page made from
/// half a save, merges queued rebuilds, and says what went wrong with its file watcher.
/// Nothing here asserts a duration: every wait is a poll with a generous timeout.
/// </summary>
public sealed partial class PreviewStormTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _site = new();
    private readonly StringWriter _logText = new();
    private readonly StringWriter _errorText = new();
    private readonly TextWriter _log;
    private readonly TextWriter _errors;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewServer _server = null!;

    public PreviewStormTests()
    {
        _log = TextWriter.Synchronized(_logText);
        _errors = TextWriter.Synchronized(_errorText);
    }

    public async Task InitializeAsync()
    {
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), _site.Combine("theme"));
        _site.Write("input/index.md", "---\ntitle: Home\ndescription: The home page.\n---\nWelcome.\n");
        _site.Write("input/notes/first.md", "---\ntitle: First\ndescription: A note.\n---\nThe first note.\n");
        _site.Write("input/notes/second.md", "---\ntitle: Second\ndescription: Another note.\n---\nThe second note.\n");
        _site.Write("input/watched.md", PageText(0));
        _server = new PreviewServer(new PreviewOptions(_site.Combine("input"), _site.Combine("theme"), "127.0.0.1", Ports.Free(), "/", false, false), _log, _errors);
        await _server.Start();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private string Watched => _site.Combine("input", "watched.md");

    /// <summary>The same save number at the top and the bottom: a page made from half a save shows two numbers, or one.</summary>
    private static string PageText(int save) =>
        $"---\ntitle: Watched\ndescription: A page saved in storms.\n---\nFirst marker: save-{save}-start.\n\n"
        + string.Concat(Enumerable.Repeat("A paragraph of prose that makes the page long enough to be written in more than one piece.\n\n", 40))
        + $"Last marker: save-{save}-end.\n";

    [GeneratedRegex(@"save-(\d+)-start")]
    private static partial Regex FirstMarker();

    [GeneratedRegex(@"save-(\d+)-end")]
    private static partial Regex LastMarker();

    private string Url(string path) => _server.Url.TrimEnd('/') + path;

    /// <summary>An editor's atomic save (JetBrains, Emacs, many tools): a temporary file beside the page, renamed over it.</summary>
    private static void AtomicSave(string path, string text)
    {
        var temporary = path + "___jb_tmp___";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>VS Code's and vim's save: the file truncated, then written in place.</summary>
    private static void TruncateThenWrite(string path, string text, TimeSpan pause)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var file = new FileStream(path, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite);
        file.Flush();
        // A blocking pause on this thread, as in an editor (an awaited one waits for a pool thread too).
        if (pause > TimeSpan.Zero) Thread.Sleep(pause);
        file.Write(bytes);
    }

    /// <summary>Polls a page until it holds <paramref name="expected"/>, failing after <see cref="Patience"/>.</summary>
    private async Task<string> ServedEventually(string path, string expected)
    {
        var clock = Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < Patience)
        {
            using var response = await _http.GetAsync(Url(path));
            last = $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == HttpStatusCode.OK && last.Contains(expected, StringComparison.Ordinal)) return last;
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException($"{path} never showed '{expected}' in {Patience.TotalSeconds} s; last response {last}\nlog:\n{_logText}\nerrors:\n{_errorText}");
    }

    private async Task GoneEventually(string path)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            using var response = await _http.GetAsync(Url(path));
            if (response.StatusCode == HttpStatusCode.NotFound) return;
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException($"{path} was still served after {Patience.TotalSeconds} s\nlog:\n{_logText}");
    }

    /// <summary>Waits until no rebuild has started for a while (the debounce and the empty-file wait included).</summary>
    private async Task Settled()
    {
        var count = _server.Rebuilds;
        while (true)
        {
            await Task.Delay(SourceWatcher.EmptyFileGrace + SourceWatcher.Quiet * 4);
            if (_server.Rebuilds == count && !_server.Rebuilding) return;
            count = _server.Rebuilds;
        }
    }

    /// <summary>
    /// Fetches /watched/ until the test ends and records anything that is not one whole save of it:
    /// a torn page (the markers of two saves, or one missing), a status other than 200, a failed request.
    /// </summary>
    private (Task Done, ConcurrentQueue<string> Problems) WatchWhole(CancellationToken stop)
    {
        var problems = new ConcurrentQueue<string>();
        var done = Task.Run(async () =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await http.GetAsync(Url("/watched/"));
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.OK) problems.Enqueue($"HTTP {(int)response.StatusCode}");
                    else if (WholeSave(body) is null) problems.Enqueue($"a torn page: {FirstMarker().Match(body).Value} / {LastMarker().Match(body).Value}");
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException)
                {
                    problems.Enqueue($"{exception.GetType().Name}: {exception.Message}");
                }
                await Task.Delay(5);
            }
        });
        return (done, problems);
    }

    /// <summary>The save a served page comes from, or null when its two markers do not agree.</summary>
    private static int? WholeSave(string body)
    {
        var first = FirstMarker().Match(body);
        var last = LastMarker().Match(body);
        return first.Success && last.Success && first.Groups[1].Value == last.Groups[1].Value
            ? int.Parse(first.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [Fact]
    public async Task Atomic_saves_through_a_temporary_file_renamed_over_the_page_are_served_whole()
    {
        using var stop = new CancellationTokenSource();
        var (watching, problems) = WatchWhole(stop.Token);
        for (var save = 1; save <= 10; save++)
        {
            AtomicSave(Watched, PageText(save));
            // The first one is awaited on its own; the next nine come in a burst.
            if (save == 1) await ServedEventually("/watched/", "save-1-end");
        }
        await ServedEventually("/watched/", "save-10-end");
        stop.Cancel();
        await watching;

        Assert.Empty(problems);
        // The temporary file never became a page of its own, and no build failed.
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(Url("/watched.md___jb_tmp___"))).StatusCode);
        Assert.DoesNotContain("Build failed", _logText.ToString(), StringComparison.Ordinal);
        Assert.Equal("", _errorText.ToString());
    }

    [Fact]
    public async Task A_save_that_truncates_then_writes_is_served_whole_and_never_built_empty()
    {
        using var stop = new CancellationTokenSource();
        var (watching, problems) = WatchWhole(stop.Token);
        await Settled();
        // Longer than the debounce, far shorter than the wait for an empty file: the watcher sees the
        // empty page settle and waits for its text.
        TruncateThenWrite(Watched, PageText(1), SourceWatcher.Quiet * 3);
        await ServedEventually("/watched/", "save-1-end");
        // Truncate-then-write saves in a row, each written at once.
        for (var save = 2; save <= 6; save++) TruncateThenWrite(Watched, PageText(save), TimeSpan.Zero);
        await ServedEventually("/watched/", "save-6-end");
        stop.Cancel();
        await watching;

        Assert.Empty(problems);
        // An empty page is an error (PAGE001): had the empty file been built, the log would say so.
        Assert.DoesNotContain("Build failed", _logText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_saves_in_a_row_of_three_kinds_settle_on_the_last_text_in_fewer_rebuilds_than_saves()
    {
        await Settled();
        var before = _server.Rebuilds;
        using var stop = new CancellationTokenSource();
        var (watching, problems) = WatchWhole(stop.Token);
        var note = _site.Combine("input", "notes", "second.md");
        // Blocking saves on this thread, one after another, each of one of the kinds editors make.
        for (var save = 1; save <= 50; save++)
        {
            switch (save % 3)
            {
                case 0: AtomicSave(Watched, PageText(save)); break;
                case 1: TruncateThenWrite(Watched, PageText(save), TimeSpan.Zero); break;
                default: File.WriteAllText(note, $"---\ntitle: Second\ndescription: Another note.\n---\nThe second note, save {save}.\n"); break;
            }
        }
        await ServedEventually("/watched/", "save-49-end");
        await ServedEventually("/notes/second/", "The second note, save 50.");
        await Settled();
        stop.Cancel();
        await watching;

        var rebuilds = _server.Rebuilds - before;
        Assert.Empty(problems);
        Assert.True(rebuilds >= 1, "no rebuild followed fifty saves");
        // Queued rebuilds are merged: never one per save (a busy machine may split the storm into a few bursts).
        Assert.True(rebuilds < 50, $"{rebuilds} rebuilds for 50 saves\n{_logText}");
        Assert.Equal(49, WholeSave(await _http.GetStringAsync(Url("/watched/"))));
    }

    [Fact]
    public async Task A_storm_that_never_pauses_is_built_while_it_lasts_and_settles_on_its_last_save()
    {
        await Settled();
        var before = _server.Rebuilds;
        // Saves every 5 ms, never a pause as long as the debounce, until a rebuild has started (at most 30 s).
        var last = 0;
        var clock = Stopwatch.StartNew();
        while (_server.Rebuilds == before && clock.Elapsed < Patience)
        {
            last++;
            TruncateThenWrite(Watched, PageText(last), TimeSpan.Zero);
            Thread.Sleep(5);
        }
        Assert.True(_server.Rebuilds > before, $"no rebuild in {Patience.TotalSeconds} s of saves every 5 ms");
        await ServedEventually("/watched/", $"save-{last}-end");
        await Settled();
        Assert.Equal(last, WholeSave(await _http.GetStringAsync(Url("/watched/"))));
    }

    [Fact]
    public async Task A_page_deleted_then_recreated_is_served_with_its_new_text()
    {
        // Deleted, seen gone, then written again.
        File.Delete(Watched);
        await GoneEventually("/watched/");
        File.WriteAllText(Watched, PageText(1));
        await ServedEventually("/watched/", "save-1-end");

        // Deleted and written again at once (as some editors and `git checkout` do).
        File.Delete(Watched);
        File.WriteAllText(Watched, PageText(2));
        await ServedEventually("/watched/", "save-2-end");
        await Settled();
        Assert.Equal(2, WholeSave(await _http.GetStringAsync(Url("/watched/"))));
        Assert.DoesNotContain("Build failed", _logText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_folder_moves_its_pages_to_the_new_url_and_stays_watched()
    {
        Assert.Contains("The first note.", await _http.GetStringAsync(Url("/notes/first/")));
        Directory.Move(_site.Combine("input", "notes"), _site.Combine("input", "journal"));
        await ServedEventually("/journal/first/", "The first note.");
        await ServedEventually("/journal/second/", "The second note.");
        await GoneEventually("/notes/first/");
        await GoneEventually("/notes/second/");

        // A save in the renamed folder is seen: the watcher follows the folder under its new name.
        File.WriteAllText(_site.Combine("input", "journal", "first.md"), "---\ntitle: First\ndescription: A note.\n---\nThe first note, edited after the move.\n");
        await ServedEventually("/journal/first/", "The first note, edited after the move.");

        // A folder made and filled at once is seen too.
        Directory.CreateDirectory(_site.Combine("input", "later"));
        File.WriteAllText(_site.Combine("input", "later", "third.md"), "---\ntitle: Third\ndescription: A later note.\n---\nThe third note.\n");
        await ServedEventually("/later/third/", "The third note.");
        Assert.DoesNotContain("Build failed", _logText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sixteen_clients_see_no_failed_request_while_pages_are_saved_every_way()
    {
        var paths = new[] { "/watched/", "/", "/notes/first/", "/comes-and-goes/", "/no-such-page/", "/watched/", "/notes/figure.txt" };
        var figure = _site.Write("input/notes/figure.txt", "A copied file, served from the disk.\n");
        await ServedEventually("/notes/figure.txt", "A copied file");
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var comesAndGoes = _site.Combine("input", "comes-and-goes.md");
        var lastSave = 0;

        // The editor: every kind of save, in a loop, until the clients are done; a pause now and then
        // lets a burst end (and a storm without a pause is built once a second as well).
        var before = _server.Rebuilds;
        var editor = new Thread(() =>
        {
            for (var save = 1; !stop.IsCancellationRequested; save++)
            {
                switch (save % 4)
                {
                    case 0: AtomicSave(Watched, PageText(save)); break;
                    case 1: TruncateThenWrite(Watched, PageText(save), TimeSpan.Zero); break;
                    case 2:
                        File.WriteAllText(comesAndGoes, "---\ntitle: Comes and goes\ndescription: A page added and deleted.\n---\nHere for now.\n");
                        AtomicSave(figure, "A copied file, served from the disk.\n");
                        break;
                    default:
                        File.Delete(comesAndGoes);
                        File.Delete(figure);
                        break;
                }
                if (save % 4 is 0 or 1) Volatile.Write(ref lastSave, save);
                Thread.Sleep(save % 10 == 0 ? 80 : 15);
            }
        }) { IsBackground = true };
        editor.Start();

        // 16 clients, each with its own connections (as 16 browsers): 40 requests each, and on until
        // three rebuilds have been served while they ask (at most a minute).
        var clock = Stopwatch.StartNew();
        bool Going(int n) => n < 40 || (_server.Rebuilds < before + 3 && clock.Elapsed < TimeSpan.FromMinutes(1));
        var clients = Enumerable.Range(0, 16).Select(client => Task.Run(async () =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            for (var n = 0; Going(n); n++)
            {
                var path = paths[(client + n) % paths.Length];
                try
                {
                    using var response = await http.GetAsync(Url(path));
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    var expected = path switch
                    {
                        "/no-such-page/" => status == 404,
                        "/comes-and-goes/" or "/notes/figure.txt" => status is 200 or 404,
                        _ => status == 200,
                    };
                    if (!expected) failures.Enqueue($"{path}: HTTP {status}");
                    else if (path == "/watched/" && WholeSave(body) is null) failures.Enqueue($"{path}: a torn page");
                    else if (path == "/notes/figure.txt" && status == 200 && body != "A copied file, served from the disk.\n") failures.Enqueue($"{path}: served as '{body}'");
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException)
                {
                    failures.Enqueue($"{path}: {exception.GetType().Name}: {exception.Message}");
                }
            }
        })).ToList();
        await Task.WhenAll(clients);
        stop.Cancel();
        editor.Join();

        Assert.Empty(failures);
        Assert.True(_server.Rebuilds >= before + 3, $"only {_server.Rebuilds - before} rebuilds in a minute of saves\n{_logText}");
        // And the preview settles on the last save.
        var last = Volatile.Read(ref lastSave);
        await ServedEventually("/watched/", $"save-{last}-end");
        Assert.DoesNotContain("internal error", _logText.ToString() + _errorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_watcher_overflow_is_one_line_on_stderr_and_a_rebuild_of_the_whole_site()
    {
        await Settled();
        var before = _server.Rebuilds;
        _server.Watcher!.SimulateWatcherError(new InternalBufferOverflowException("Too many changes at once in directory."));
        var clock = Stopwatch.StartNew();
        while (_server.Rebuilds == before && clock.Elapsed < Patience) await Task.Delay(20);

        Assert.Equal($"site: the file watcher of {_site.Combine("input")}/ overflowed (too many changes at once: Too many changes at once in directory.); rebuilding the whole site.{Environment.NewLine}",
            _errorText.ToString());
        Assert.True(_server.Rebuilds > before, "no rebuild after the overflow");
        Assert.DoesNotContain("overflowed", _logText.ToString(), StringComparison.Ordinal);
        // The site still builds and serves; saves are still seen.
        AtomicSave(Watched, PageText(3));
        await ServedEventually("/watched/", "save-3-end");
    }

    [Fact]
    public async Task A_failed_watcher_is_one_line_on_stderr_and_is_watching_again_after()
    {
        await Settled();
        _server.Watcher!.SimulateWatcherError(new IOException("The watched folder went away."));
        // The watcher is restarted: a save after the error is served.
        var clock = Stopwatch.StartNew();
        while (!_errorText.ToString().Contains("watching again", StringComparison.Ordinal) && clock.Elapsed < Patience) await Task.Delay(20);
        await Settled();
        File.WriteAllText(Watched, PageText(4));
        await ServedEventually("/watched/", "save-4-end");

        Assert.Equal($"site: the file watcher of {_site.Combine("input")}/ failed (IOException: The watched folder went away.); watching again and rebuilding the whole site.{Environment.NewLine}",
            _errorText.ToString());
    }
}

/// <summary>The watcher on its own: a callback that throws (a bug) is said on stderr, and the watcher goes on.</summary>
public sealed class SourceWatcherTests
{
    [Fact]
    public async Task An_exception_escaping_a_callback_is_logged_and_the_next_save_still_rebuilds()
    {
        using var folder = new TempDirectory();
        var errors = new StringWriter();
        var calls = 0;
        var bursts = 0;
        using var watcher = new SourceWatcher([folder.Path],
            _ => { Interlocked.Increment(ref calls); throw new InvalidOperationException("a bug in the rebuild"); },
            _ => { Interlocked.Increment(ref bursts); throw new InvalidOperationException("a bug in the page served first"); },
            errors);

        await SaveUntil(folder, "a.md", () => Volatile.Read(ref calls) >= 1);
        await SaveUntil(folder, "b.md", () => Volatile.Read(ref calls) >= 2);
        watcher.Dispose();

        var lines = errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("site: internal error in the file watcher while rebuilding (InvalidOperationException: a bug in the rebuild); the next save rebuilds.", lines);
        Assert.Contains("site: internal error in the file watcher after a save (InvalidOperationException: a bug in the page served first); rebuilding the site.", lines);
        Assert.All(lines, line => Assert.StartsWith("site: internal error in the file watcher ", line));
    }

    /// <summary>Saves a file until the condition holds (a save made before the watcher is ready is not seen), for at most 30 s.</summary>
    private static async Task SaveUntil(TempDirectory folder, string name, Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        for (var save = 0; !condition(); save++)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"no rebuild after saving {name} for 30 s");
            if (save % 25 == 0) File.WriteAllText(folder.Combine(name), $"save {save}\n");
            await Task.Delay(20);
        }
    }
}

/// <summary>The preview's site on its own: a file that goes away while a build reads it is not an error shown.</summary>
public sealed class PreviewSiteVanishedFileTests
{
    [Fact]
    public async Task A_page_listed_by_a_build_and_gone_before_it_is_read_is_built_again_not_shown_as_an_error()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        site.Write("input/index.md", "---\ntitle: Home\ndescription: The home page.\n---\nWelcome.\n");
        var preview = new PreviewSite(new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused-by-preview", "/", "http://127.0.0.1:1", false));
        Assert.True((await preview.Rebuild([])).Succeeded);

        // An empty page is waited for (an editor that truncated it has not written it yet): the build
        // lists it and waits for it to be still for EmptyFileGrace. Meanwhile it goes away, as an atomic
        // save's temporary file does, deleted by a thread of its own (not one the thread pool may delay).
        PreviewSite.Report report;
        for (var attempt = 1; ; attempt++)
        {
            var sinceWritten = Stopwatch.StartNew();
            var temporary = site.Write("input/index.md.tmp.md", "");
            var deletedAfter = TimeSpan.Zero;
            var deleter = new Thread(() =>
            {
                Thread.Sleep(SourceWatcher.EmptyFileGrace / 4);
                File.Delete(temporary);
                deletedAfter = sinceWritten.Elapsed;
            });
            deleter.Start();
            report = await preview.Rebuild([temporary]);
            deleter.Join();
            // Deleted before it had been still for the wait, the file was never read: that is the case
            // under test. A machine so busy that the deletion came later tries again.
            if (deletedAfter < SourceWatcher.EmptyFileGrace * 0.9) break;
            Assert.True(attempt < 5, $"the deleting thread took {deletedAfter.TotalMilliseconds} ms in {attempt} tries");
        }

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Empty(report.Diagnostics);
        Assert.Contains("index.html", preview.Current!.Files.Keys);
        Assert.DoesNotContain(preview.Current.Files.Keys, name => name.Contains("tmp", StringComparison.Ordinal));
    }
}
