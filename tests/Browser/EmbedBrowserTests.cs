using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>
/// Chart embeds in Chromium: the snippet of a chart's Embed view pasted into a host page on another
/// origin (localhost, while the site is served on 127.0.0.1), whose frame takes the embed's height and
/// draws the chart; the Embed view with the keyboard; embed pages and the Embed view checked by axe.
/// </summary>
[Collection("browser")]
public sealed class EmbedBrowserTests(BrowserFixture fixture)
{
    /// <summary>The snippet as the chart page's Embed view shows it (the site was built for https://example.org, served here on 127.0.0.1).</summary>
    private string Snippet(string pagePath, string chartId)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(fixture.OutputPath, pagePath, "index.html")));
        return page.QuerySelector($"#{chartId}-embed-code")!.TextContent.Replace("https://example.org/", fixture.Server.Origin + "/", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_page_on_another_origin_fits_the_frame_to_the_embed_s_height_and_the_chart_draws_inside_it()
    {
        var snippet = Snippet("brain-drain", "chart-companies");
        // The same embed again in a frame the host did not mark: the script must leave it alone.
        var unmarked = $"<iframe id=\"unmarked\" src=\"{fixture.Server.Url("/embed/brain-drain/chart-companies.html")}\" title=\"Unmarked\" style=\"height:200px;border:0;width:100%\"></iframe>";
        using var host = new HostServer($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title></head><body style=\"margin:0\"><h1>A newspaper</h1>\n{snippet}\n{unmarked}\n</body></html>");
        Assert.NotEqual(new Uri(host.Url).Authority, new Uri(fixture.Server.Origin).Authority);

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 800, Height = 2400 } });
        context.SetDefaultTimeout(180_000);
        try
        {
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, error) => { lock (errors) errors.Add(error); };
            await page.GotoAsync(host.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var frameElement = page.Locator("iframe[data-explainer-embed]");
            Assert.Equal("560", await frameElement.GetAttributeAsync("height"));
            var frame = (await (await frameElement.ElementHandleAsync()).ContentFrameAsync())!;
            Assert.StartsWith(fixture.Server.Origin + "/embed/brain-drain/chart-companies.html", frame.Url);

            // The chart draws inside the frame (plotly's SVG, named by the chart's title).
            await frame.Locator("#chart-companies .chart-plot svg.main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
            Assert.Equal("chart-companies-title", await frame.Locator("#chart-companies svg.main-svg").First.GetAttributeAsync("aria-labelledby"));
            Assert.True(await frame.Locator("#chart-companies .overplot .trace .point").CountAsync() > 0);

            // The frame is as tall as the embed's content, once the drawn chart settled it.
            async Task<int> ContentHeight() => await frame.EvaluateAsync<int>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
            async Task FitsContent()
            {
                var height = await ContentHeight();
                await page.WaitForFunctionAsync("h => document.querySelector('iframe[data-explainer-embed]').getBoundingClientRect().height === h", height,
                    new PageWaitForFunctionOptions { Timeout = 180_000 });
            }
            await FitsContent();
            var drawn = await ContentHeight();
            Assert.NotEqual(560, drawn);
            Assert.Equal(drawn + "px", await frameElement.EvaluateAsync<string>("f => f.style.height"));
            // Inside it, nothing scrolls: the whole embed shows.
            Assert.Equal(drawn, await frame.EvaluateAsync<int>("() => document.documentElement.scrollHeight"));

            // Opening the citation makes the embed taller: the frame follows.
            await frame.Locator("details.embed-cite summary").ClickAsync();
            await frame.WaitForFunctionAsync($"() => Math.ceil(document.documentElement.getBoundingClientRect().height) > {drawn}");
            await FitsContent();
            Assert.True(await ContentHeight() > drawn);

            // The unmarked frame of the same embed keeps its own height; a message from elsewhere (the host's own window) changes nothing.
            Assert.Equal(200, await page.Locator("#unmarked").EvaluateAsync<int>("f => Math.round(f.getBoundingClientRect().height)"));
            var before = await frameElement.EvaluateAsync<string>("f => f.style.height");
            await page.EvaluateAsync("() => new Promise(done => { window.postMessage({ type: 'explainer-embed:height', height: 5 }, '*'); setTimeout(done, 200); })");
            Assert.Equal(before, await frameElement.EvaluateAsync<string>("f => f.style.height"));
            Assert.Empty(errors);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/embed/brain-drain/chart-companies.html")]
    [InlineData("/fr/embed/nations/chart-national-strategies.html")]
    public async Task An_embed_page_has_no_axe_violation_in_either_scheme_and_does_not_scroll_sideways_at_320_pixels(string path)
    {
        await using var visit = await PageVisit.Open(fixture, path);
        await visit.DrawAllCharts();
        Assert.Empty(await AxeScan.Violations(visit.Page));
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await visit.ChartsRedrawn();
        Assert.Empty(await AxeScan.Violations(visit.Page, AxeScan.ColourRules));
        await visit.Page.SetViewportSizeAsync(320, 640);
        await visit.ChartsRedrawn();
        Assert.True(await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320);
        Assert.Empty(visit.ConsoleErrors);
        Assert.All(visit.Requests, url => Assert.StartsWith(fixture.Server.Origin + "/", url));
    }

    [Fact]
    public async Task The_Embed_view_is_reached_with_the_keyboard_its_code_copied_with_the_button_and_axe_finds_nothing_in_either_scheme()
    {
        await using var visit = await PageVisit.Open(fixture, "/fr/brain-drain/", new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var chart = visit.Page.Locator("#chart-companies");
        await chart.Locator("[role=tab]").First.FocusAsync();
        await visit.Page.Keyboard.PressAsync("End");
        var embedTab = chart.Locator("#chart-companies-tab-embed");
        Assert.Equal("true", await embedTab.GetAttributeAsync("aria-selected"));
        Assert.Equal("Intégrer", await embedTab.TextContentAsync());
        Assert.True(await chart.Locator("#chart-companies-embed").IsVisibleAsync());
        // Tab: from the tab list to the code, then to the copy button, which copies it.
        await visit.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("chart-companies-embed-code", await visit.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await visit.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Copier le code", await visit.Page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await visit.Page.Keyboard.PressAsync("Enter");
        await chart.Locator(".embed-copied").Filter(new LocatorFilterOptions { HasText = "Copié." }).WaitForAsync();
        var code = await chart.Locator("textarea").InputValueAsync();
        Assert.StartsWith("<iframe src=\"https://example.org/fr/embed/brain-drain/chart-companies.html\"", code);
        Assert.Equal(code, await visit.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        Assert.Empty(await AxeScan.Violations(visit.Page));
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        Assert.Empty(await AxeScan.Violations(visit.Page, AxeScan.ColourRules));
        Assert.Empty(visit.ConsoleErrors);
    }

    /// <summary>A host page served on http://localhost:&lt;port&gt;/: another origin than the site's 127.0.0.1.</summary>
    private sealed class HostServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly byte[] _page;

        public HostServer(string html)
        {
            _page = Encoding.UTF8.GetBytes(html);
            Url = $"http://localhost:{Ports.Free()}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(Serve);
        }

        public string Url { get; }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) { return; }
                try
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    if (context.Request.Url!.AbsolutePath != "/") context.Response.StatusCode = 404;
                    else await context.Response.OutputStream.WriteAsync(_page);
                    context.Response.Close();
                }
                catch (Exception) { /* a client that went away */ }
            }
        }

        public void Dispose() => _listener.Close();
    }
}
