using System.IO.Compression;
using Microsoft.Playwright;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>The default theme against web standards and the budgets of issue 6, in a real Chromium.</summary>
[Collection("browser")]
public sealed class ThemeBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_page_without_charts_transfers_at_most_30_kilobytes_gzipped_plus_60_kilobytes_of_fonts()
    {
        await using var visit = await PageVisit.Open(fixture, "/glossary/");
        // Everything the page loaded by itself (the search index loads only when search is used).
        var total = 0L;
        var fonts = 0L;
        foreach (var url in visit.Requests.Distinct())
        {
            var path = new Uri(url).AbsolutePath;
            var file = Path.Combine(fixture.OutputPath, path.TrimStart('/'));
            if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
            // WOFF2 is compressed already: it counts as it is sent.
            if (file.EndsWith(".woff2", StringComparison.Ordinal)) fonts += new FileInfo(file).Length;
            else total += GzippedSize(File.ReadAllBytes(file));
        }
        Assert.DoesNotContain(visit.Requests, url => url.Contains("search-index", StringComparison.Ordinal));
        Assert.True(total <= 30 * 1024, $"{total} bytes gzipped of HTML, CSS and JavaScript");
        Assert.True(fonts is > 0 and <= 60 * 1024, $"{fonts} bytes of fonts");
    }

    private static long GzippedSize(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }

    [Fact]
    public async Task The_theme_toggle_switches_persists_and_recolours_charts()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/");
        var toggle = visit.Page.Locator(".theme-toggle");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal("Dark theme: off", await toggle.InnerTextAsync());
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        // The visible label says which theme is on; the accessible name stays the same (the state is aria-pressed).
        Assert.Equal("Dark theme: on", await toggle.InnerTextAsync());
        await Assertions.Expect(toggle).ToHaveAccessibleNameAsync("Dark theme");
        Assert.Equal("rgb(20, 19, 18)", await visit.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await visit.DrawAllCharts();
        Assert.Equal("rgb(236, 235, 232)", await visit.Page.Locator("[data-chart] .xtick text").First.EvaluateAsync<string>("e => getComputedStyle(e).fill"));

        // The choice survives a reload, before any paint (theme.js runs in <head>).
        await visit.Page.ReloadAsync();
        Assert.Equal("dark", await visit.Page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        Assert.Equal("true", await visit.Page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));
    }

    [Fact]
    public async Task Search_finds_pages_sections_and_table_rows_by_keyboard()
    {
        await using var visit = await PageVisit.Open(fixture, "/");
        Assert.DoesNotContain(visit.Requests, url => url.Contains("search-index", StringComparison.Ordinal));
        var input = visit.Page.Locator("#search-input");
        await input.FocusAsync();
        await visit.Page.Keyboard.TypeAsync("cohere");
        var results = visit.Page.Locator("#search-results a");
        await visit.Page.Locator("#search-results a[href='/data/companies/#table-companies-row-cohere']").WaitForAsync();
        var hrefs = await results.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/data/companies/#table-companies-row-cohere", hrefs);
        Assert.Contains(visit.Requests, url => url.Contains("search-index", StringComparison.Ordinal));

        // Down arrow into the results, Enter follows the link, and the row is the target.
        await visit.Page.Keyboard.PressAsync("ArrowDown");
        var first = await results.First.GetAttributeAsync("href");
        Assert.True(await results.First.EvaluateAsync<bool>("e => e === document.activeElement"));
        await visit.Page.Keyboard.PressAsync("Enter");
        // The navigation happened (committed); the target row itself is checked on a fresh load below.
        // Poll the page's address: Playwright's URL waiter can miss a navigation that commits while it starts.
        var target = fixture.Server.Origin + first;
        for (var tries = 0; visit.Page.Url != target && tries < 100; tries++) await Task.Delay(100);
        Assert.Equal(target, visit.Page.Url);

        await visit.Page.GotoAsync(fixture.Server.Url("/data/companies/#table-companies-row-cohere"));
        Assert.True(await visit.Page.Locator("#table-companies-row-cohere").IsVisibleAsync());
        Assert.Equal("Cohere", (await visit.Page.Locator("#table-companies-row-cohere th").TextContentAsync())!.Trim());
    }

    [Fact]
    public async Task Search_says_when_nothing_matches_and_escape_clears_it()
    {
        await using var visit = await PageVisit.Open(fixture, "/");
        await visit.Page.Locator("#search-input").FillAsync("zzzzqqq");
        await visit.Page.Locator("#search-results .search-none").WaitForAsync();
        Assert.Equal("No results", await visit.Page.Locator("#search-status").TextContentAsync());
        await visit.Page.Keyboard.PressAsync("Escape");
        Assert.False(await visit.Page.Locator("#search-results").IsVisibleAsync());
    }

    [Fact]
    public async Task Without_javascript_the_search_box_and_toggle_are_absent()
    {
        await using var visit = await PageVisit.Open(fixture, "/", new BrowserNewContextOptions { JavaScriptEnabled = false });
        Assert.False(await visit.Page.Locator(".search").IsVisibleAsync());
        Assert.False(await visit.Page.Locator(".theme-toggle").IsVisibleAsync());
        await visit.Page.Locator(".site-menu summary").ClickAsync();
        Assert.True(await visit.Page.Locator(".site-menu-panel a").First.IsVisibleAsync());
    }

    [Fact]
    public async Task The_404_page_works_under_any_path()
    {
        await using var visit = await PageVisit.Open(fixture, "/no/such/page/", allowNotFound: true);
        Assert.Equal(404, visit.Status);
        Assert.True(await visit.Page.Locator("h1").IsVisibleAsync());
        // Its stylesheet loaded although the URL is three folders deep.
        Assert.Equal("rgb(251, 250, 247)", await visit.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        // The one expected message is Chromium's note that the document itself answered 404.
        Assert.Contains("404", Assert.Single(visit.ConsoleErrors), StringComparison.Ordinal);
    }
}
