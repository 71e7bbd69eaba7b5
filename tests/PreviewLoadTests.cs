using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Site.Preview;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// `serve` under load on loopback while an editor keeps saving: no failed request, no torn page, and
/// saves that an editor writes in steps are built whole, once.
/// </summary>
public sealed partial class PreviewLoadTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempDirectory _site = new();
    private readonly StringWriter _log = new();
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        TempDirectory.CopyTree(Repo.Input, _site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, _site.Combine("theme"));
        File.WriteAllText(LoadPage, PageText(0));
        _server = new PreviewServer(new PreviewOptions(_site.Combine("input"), _site.Combine("theme"), "127.0.0.1", Ports.Free(), "/", false, false), TextWriter.Synchronized(_log));
        await _server.Start();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    private string LoadPage => _site.Combine("input", "load.md");

    /// <summary>The same edit number at the top and the bottom of the page: a page that mixes two saves shows two numbers.</summary>
    private static string PageText(int edit) =>
        $"---\ntitle: Load\ndescription: A page edited while it is requested.\n---\nFirst marker: edit-{edit}-start.\n\n"
        + string.Concat(Enumerable.Repeat("A paragraph of prose that makes the page long enough to be written in more than one piece.\n\n", 40))
        + $"Last marker: edit-{edit}-end.\n";

    [GeneratedRegex(@"edit-(\d+)-start")]
    private static partial Regex FirstMarker();

    [GeneratedRegex(@"edit-(\d+)-end")]
    private static partial Regex LastMarker();

    private int Builds => _server.Rebuilds;

    [Fact]
    public async Task A_thousand_requests_from_16_clients_while_pages_are_edited_all_succeed_and_no_page_is_torn()
    {
        var origin = new Uri(_server.Url).GetLeftPart(UriPartial.Authority);
        var paths = new[] { "/load/", "/", "/glossary/", "/load/", "/assets/css/", "/data/vc-share.csv", "/no-such-page/", "/load/" };
        var failures = new ConcurrentQueue<string>();
        // Which edit each build served: one build must always serve the same page.
        var editByBuild = new ConcurrentDictionary<int, int>();
        var remaining = 1000;
        using var stop = new CancellationTokenSource();

        // The editor: saves the page every 60 ms, as VS Code and vim do: truncate, then write. On its
        // own thread with blocking writes, as in an editor. (Saves in pieces have their own test
        // below: here a piece stalled past the debounce by a loaded machine would be a real
        // half-written file, which no debounce can tell from a finished one.)
        var editor = new Thread(() =>
        {
            for (var edit = 1; !stop.IsCancellationRequested; edit++)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(PageText(edit));
                using (var file = new FileStream(LoadPage, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
                    file.Write(bytes, 0, bytes.Length);
                Thread.Sleep(60);
            }
        }) { IsBackground = true };
        editor.Start();

        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, 16).Select(client => Task.Run(async () =>
        {
            // One connection pool per client, as 16 browsers would have.
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var lastBuild = 0;
            for (var n = client; Interlocked.Decrement(ref remaining) >= 0; n++)
            {
                var path = paths[n % paths.Length];
                try
                {
                    using var response = await http.GetAsync(origin + path);
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    if (status >= 500 || (status != 200 && status != 404)) { failures.Enqueue($"{path}: HTTP {status}"); continue; }
                    if (path == "/assets/css/" || path == "/no-such-page/")
                    {
                        if (response.StatusCode != HttpStatusCode.NotFound) failures.Enqueue($"{path}: HTTP {status}, expected 404");
                        continue;
                    }
                    if (status != 200) { failures.Enqueue($"{path}: HTTP {status}"); continue; }
                    if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                    var build = int.Parse(response.Headers.GetValues("X-Preview-Build").Single(), System.Globalization.CultureInfo.InvariantCulture);
                    if (build < lastBuild) failures.Enqueue($"{path}: build {build} served after build {lastBuild}");
                    lastBuild = build;
                    if (!body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal)) failures.Enqueue($"{path}: the document does not end with </html>");
                    var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
                    if (document.QuerySelector("main") is null || document.Title is null or "") failures.Enqueue($"{path}: no <main> or <title>");
                    if (path != "/load/") continue;
                    var first = FirstMarker().Match(body);
                    var last = LastMarker().Match(body);
                    if (!first.Success || !last.Success || first.Groups[1].Value != last.Groups[1].Value)
                        failures.Enqueue($"{path}: a torn page (markers {first.Value} / {last.Value})");
                    else if (editByBuild.GetOrAdd(build, int.Parse(first.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) != int.Parse(first.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                        failures.Enqueue($"{path}: build {build} served two different pages");
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

        output.WriteLine($"1,000 requests in {clock.ElapsedMilliseconds} ms; {editByBuild.Count} builds of the edited page served; {Builds} rebuilds");
        Assert.Empty(failures);
        // The edits were seen while the load ran: more than one build of the edited page was served.
        Assert.True(editByBuild.Count >= 2, $"only {editByBuild.Count} build(s) of the edited page were served in {clock.ElapsedMilliseconds} ms");
        Assert.DoesNotContain("internal error", _log.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Build failed", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_written_in_two_pieces_is_built_from_the_whole_file()
    {
        await WaitForQuiet();
        var before = Builds;
        var bytes = System.Text.Encoding.UTF8.GetBytes(PageText(7));
        var pause = Stopwatch.StartNew();
        using (var file = new FileStream(LoadPage, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
        {
            // The cut falls inside the front matter: built alone, the first piece is a PAGE error.
            // Written on this thread, with a blocking pause: an awaited delay would wait for a free
            // pool thread as well, which a busy test run can take far longer than the pause.
            file.Write(bytes, 0, 20);
            file.Flush();
            pause.Restart();
            Thread.Sleep(SourceWatcher.Quiet / 4);
            file.Write(bytes, 20, bytes.Length - 20);
            pause.Stop();
        }
        await WaitFor(() => Builds > before);
        await WaitForQuiet();
        // One build; a second when the machine is so busy that the pause outlasted the debounce, and
        // then that build waited for the file to settle (SourceReuse) and read it whole as well.
        Assert.InRange(Builds - before, 1, 2);
        // Even when the pause outlasts the settle time and the first piece is built, its failure is
        // not shown: the file changed since it was read, so the preview builds it again first.
        Assert.False(_log.ToString().Contains("Build failed", StringComparison.Ordinal),
            $"a failure was shown (the pause between the two writes took {pause.ElapsedMilliseconds} ms):\n{_log}");
        Assert.Contains("edit-7-end", await new HttpClient().GetStringAsync(new Uri(_server.Url) + "load/"));
    }

    [Fact]
    public async Task A_save_that_truncates_then_writes_later_never_builds_the_empty_file()
    {
        await WaitForQuiet();
        var before = Builds;
        File.WriteAllText(LoadPage, "");
        // Longer than the quiet time: the watcher sees an empty page and waits for its text. A
        // blocking pause on this thread: an awaited one also waits for a free pool thread, which a
        // busy test run can stretch past the second the watcher waits for an empty file.
        Thread.Sleep(SourceWatcher.Quiet * 5);
        File.WriteAllText(LoadPage, PageText(8));
        await WaitFor(() => Builds > before);
        await WaitForQuiet();
        // An empty page is an error (PAGE001): had the empty file been built, the log would say so.
        Assert.DoesNotContain("Build failed", _log.ToString(), StringComparison.Ordinal);
        // One build; two when a busy machine spreads the second save's events over more than the debounce.
        Assert.InRange(Builds - before, 1, 2);
        Assert.Contains("edit-8-end", await new HttpClient().GetStringAsync(new Uri(_server.Url) + "load/"));
    }

    [Fact]
    public async Task Fifty_quick_saves_are_merged_into_one_or_two_builds_of_the_last_text()
    {
        await WaitForQuiet();
        var before = Builds;
        // Blocking writes on this thread, and the gaps between them measured: a gap longer than the
        // debounce (a busy machine can stall any thread) may rightly start a build of its own.
        var clock = Stopwatch.StartNew();
        var all = Stopwatch.StartNew();
        var longGaps = 0;
        for (var edit = 100; edit < 150; edit++)
        {
            File.WriteAllText(LoadPage, PageText(edit));
            // The time since the previous save was done.
            if (edit > 100 && clock.Elapsed > SourceWatcher.Quiet) longGaps++;
            clock.Restart();
        }
        all.Stop();
        await WaitFor(() => Builds > before);
        await WaitForQuiet();
        // One build, or two when the last saves' events straddle a build; never one per save (and
        // one more for each second the saves took, should a busy machine stretch them that long).
        Assert.InRange(Builds - before, 1, 2 + longGaps + (int)(all.Elapsed / SourceWatcher.LongestBurst));
        Assert.Contains("edit-149-end", await new HttpClient().GetStringAsync(new Uri(_server.Url) + "load/"));
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("no build after 30 s");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until no build has started for a while (the debounce and the empty-file wait included).</summary>
    private async Task WaitForQuiet()
    {
        var count = Builds;
        while (true)
        {
            await Task.Delay(SourceWatcher.EmptyFileGrace + SourceWatcher.Quiet * 4);
            if (Builds == count && !_server.Rebuilding) return;
            count = Builds;
        }
    }
}
