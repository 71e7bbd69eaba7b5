using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Site.Preview;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>`serve` against a temporary copy of the site: edits reach the browser, bad saves never break it.</summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private PreviewOfACopy _preview = null!;

    public async Task InitializeAsync() => _preview = await PreviewOfACopy.Start();

    public async Task DisposeAsync() => await _preview.DisposeAsync();

    private string Url(string path) => _preview.Url(path);

    private Task<string> Get(string path) => _preview.Http.GetStringAsync(Url(path));

    /// <summary>Opens the event stream and returns a function that waits for the next event of a name.</summary>
    private async Task<Func<string, Task<JsonElement>>> Events()
    {
        var origin = new Uri(_preview.Server.Url).GetLeftPart(UriPartial.Authority);
        var stream = await _preview.Http.GetStreamAsync(origin + ReloadScript.EventsPath);
        var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        return async name =>
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            string? current = null;
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) current = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name) return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
            throw new InvalidOperationException($"the event stream ended before '{name}'");
        };
    }

    private void Edit(string relative, Func<string, string> change)
    {
        var path = _preview.Site.Combine(relative);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    [Fact]
    public async Task Every_response_carries_the_pages_CSP_and_nosniff()
    {
        foreach (var path in new[] { "/", "/no-such-page/", "/data/vc-share.csv" })
        {
            using var response = await _preview.Http.GetAsync(Url(path));
            Assert.Equal(PreviewServer.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        }
        // The header says what the pages' own <meta> says, read from the served page's DOM.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await Get("/"));
        var meta = document.QuerySelector("meta[http-equiv='Content-Security-Policy']");
        Assert.Equal(PreviewServer.ContentSecurityPolicy, meta?.GetAttribute("content"));
    }

    [Fact]
    public async Task Serves_under_the_base_path_with_the_reload_script_and_never_writes_output()
    {
        var home = await Get("/");
        Assert.Contains(ReloadScript.Path, home);
        Assert.Contains("href=\"/sub/pillars/compute/\"", home);
        var origin = new Uri(_preview.Server.Url).GetLeftPart(UriPartial.Authority);
        Assert.Equal(HttpStatusCode.NotFound, (await _preview.Http.GetAsync(origin + "/pillars/compute/")).StatusCode);
        var feed = await _preview.Http.GetAsync(Url("/feed.xml"));
        Assert.EndsWith("xml", feed.Content.Headers.ContentType!.MediaType);
        var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "href=\"/sub(/assets/css/site\\.[0-9a-f]+\\.css)\"").Groups[1].Value;
        Assert.Equal("text/css", (await _preview.Http.GetAsync(Url(stylesheet))).Content.Headers.ContentType?.MediaType);
        Assert.False(Directory.Exists(_preview.Site.Combine("output")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(_preview.Site.Path), d => Path.GetFileName(d).StartsWith("output", StringComparison.Ordinal) || d.EndsWith("unused-by-preview", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editing_a_page_sends_a_reload_and_serves_the_new_html()
    {
        var next = await Events();
        Edit("input/glossary.md", text => text + "\nA sentence added while previewing.\n");
        var reload = await next("reload");
        Assert.Equal(1, reload.GetProperty("pages").GetInt32());
        Assert.Contains("A sentence added while previewing.", await Get("/glossary/"));
    }

    [Fact]
    public async Task Editing_a_data_table_re_renders_only_the_pages_that_show_it()
    {
        var untouched = await Get("/glossary/");
        var next = await Events();
        Edit("input/data/vc-share.yml", text => text.Replace("share: \"3.5%\"", "share: \"3.6%\""));
        var reload = await next("reload");
        Assert.InRange(reload.GetProperty("pages").GetInt32(), 4, 12); // in English and in French
        Assert.Contains("3.6%", await Get("/"));
        Assert.Equal(untouched, await Get("/glossary/"));
    }

    [Fact]
    public async Task A_broken_save_shows_an_overlay_payload_keeps_the_last_good_page_and_clears_when_fixed()
    {
        var before = await Get("/pillars/compute/");
        var next = await Events();
        var path = "input/pillars/compute.md";
        var good = File.ReadAllText(_preview.Site.Combine(path));
        Edit(path, text => text.Replace("title: ", "title: [unclosed ", StringComparison.Ordinal));

        var error = await next("build-error");
        var messages = error.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("pillars/compute.md:2:", StringComparison.Ordinal) && m.Contains("error PAGE002", StringComparison.Ordinal));
        Assert.Equal(before, await Get("/pillars/compute/"));
        Assert.Contains("\nBuild failed: 1 error; still serving the last good site.\n", _preview.Log.ToString().ReplaceLineEndings("\n"));
        // The build before serving is logged as a build, not a rebuild.
        Assert.Matches(@"^Built \d+ pages in \d+ ms\.\n", _preview.Log.ToString().ReplaceLineEndings("\n"));

        File.WriteAllText(_preview.Site.Combine(path), good);
        await next("build-ok");
        Assert.Equal(before, await Get("/pillars/compute/"));
    }

    [Fact]
    public async Task A_stylesheet_edit_swaps_the_stylesheet_without_a_reload()
    {
        var next = await Events();
        Edit("theme/assets/css/site.css", text => text + "\n.preview-test { color: red; }\n");
        var swap = await next("css");
        Assert.Matches(@"^/sub/assets/css/site\.[0-9a-f]{10}\.css$", swap.GetProperty("from").GetString()!);
        var to = swap.GetProperty("to").GetString()!;
        var origin = new Uri(_preview.Server.Url).GetLeftPart(UriPartial.Authority);
        Assert.Contains(".preview-test", await _preview.Http.GetStringAsync(origin + to));
    }

    [Fact]
    public async Task Added_and_deleted_pages_appear_and_disappear()
    {
        var next = await Events();
        File.WriteAllText(_preview.Site.Combine("input", "extra.md"), "---\ntitle: Extra\ndescription: Added during the preview.\n---\nNew page.\n");
        await next("reload");
        Assert.Contains("New page.", await Get("/extra/"));
        File.Delete(_preview.Site.Combine("input", "extra.md"));
        await next("reload");
        Assert.Equal(HttpStatusCode.NotFound, (await _preview.Http.GetAsync(Url("/extra/"))).StatusCode);
    }

    [Theory]
    [InlineData("/sub/../etc/passwd")]
    [InlineData("/sub/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/sub/..%2f..%2fetc/passwd")]
    [InlineData("/sub/..\\..\\etc\\passwd")]
    [InlineData("/sub/%5c..%5cetc")]
    public async Task Paths_that_climb_out_of_the_site_are_refused(string path)
    {
        var uri = new Uri(_preview.Server.Url);
        using var client = new TcpClient("127.0.0.1", uri.Port);
        await using var stream = client.GetStream();
        // Raw HTTP: HttpClient would normalise the path before sending it.
        var request = System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        var status = (await new StreamReader(stream).ReadLineAsync())!;
        Assert.Matches(@"^HTTP/1\.1 (400|404) ", status);
    }

    [Fact]
    public async Task Folders_are_not_listed()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _preview.Http.GetAsync(Url("/assets/"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _preview.Http.GetAsync(Url("/data/no-such-table/"))).StatusCode);
    }
}
