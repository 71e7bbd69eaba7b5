using Microsoft.Playwright;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>
/// The checks of every page in one screen state: axe in both colour schemes, no sideways scroll at
/// 320 px, no clipped table cell at 320, 390 and 1280 px, no request leaving the site and no console
/// error. Each reads the findings of the walk of the site (<see cref="SiteWalks"/>: each page loaded once
/// and taken through the states live), in a collection of its own so that waiting for the walk does
/// not hold up the other browser tests.
/// </summary>
[Collection("browser walks")]
public sealed class EveryPageBrowserTests(BrowserFixture fixture)
{
    public static TheoryData<string> Schemes => new() { "light", "dark" };

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task Axe_finds_no_violation_on_any_page(string scheme)
    {
        // Every page and the 404 pages, charts drawn, in the walk of the site shared with other checks:
        // every rule in the light scheme, the colour rules in the dark one (AxeScan.ColourRules).
        var pages = await fixture.Walks.Scheme(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var failures = new List<string>();
        // Both languages (PagePaths holds /fr/… too) and both 404 pages.
        Assert.Contains(pages, p => p.Path == "/fr/nations/");
        Assert.Contains(pages, p => p.Path == "/fr/404.html");
        foreach (var page in pages)
        {
            if (page.Error is not null) failures.Add($"{page.Path} ({scheme}): the visit failed: {page.Error}");
            failures.AddRange(page.AxeViolations.Select(violation => $"{page.Path} ({scheme}): {violation}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task No_page_scrolls_sideways_at_320_pixels()
    {
        // Every page at 320×640 with its charts drawn for that width (the walk's 320 px state).
        var failures = new List<string>();
        foreach (var page in await fixture.Walks.Width(320))
        {
            if (page.Error is not null) failures.Add($"{page.Path} at 320 px: the visit failed: {page.Error}");
            else if (page.ScrollWidth > 320) failures.Add($"{page.Path} is {page.ScrollWidth} px wide at a 320 px viewport");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public static TheoryData<int> Widths => new() { 320, 390, 1280 };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task No_table_cell_is_clipped(int width)
    {
        // Every page at this width, 900 px tall, with every chart's table panel shown (the walk's state
        // at this width; at 1280 px the light state, which has drawn the charts and run axe first).
        var failures = new List<string>();
        foreach (var page in await fixture.Walks.Width(width))
        {
            if (page.Error is not null) failures.Add($"{page.Path} at {width} px: the visit failed: {page.Error}");
            failures.AddRange(page.ClippedCells.Select(c => $"{page.Path} at {width} px: {c}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task No_request_leaves_the_site_and_no_page_logs_an_error()
    {
        // Every page with its charts drawn, from its load to the end of the walk: in the light state
        // and through the live changes to dark, 390 and 320 px (the 404 pages log their own 404).
        var failures = new List<string>();
        var states = new (string Name, IReadOnlyList<SiteWalks.Findings> Pages)[]
        {
            ("light", await fixture.Walks.Scheme(ColorScheme.Light)), ("dark", await fixture.Walks.Scheme(ColorScheme.Dark)),
            ("390 px", await fixture.Walks.Width(390)), ("320 px", await fixture.Walks.Width(320)),
        };
        foreach (var (state, pages) in states)
        foreach (var page in pages.Where(p => !p.Path.EndsWith("/404.html", StringComparison.Ordinal)))
        {
            if (page.Error is not null) failures.Add($"{page.Path} ({state}): the visit failed: {page.Error}");
            failures.AddRange(page.Requests.Where(url => !url.StartsWith(fixture.Server.Origin + "/", StringComparison.Ordinal))
                .Select(url => $"{page.Path} ({state}): a request leaves the site: {url}"));
            if (page.ConsoleErrors.Count > 0) failures.Add($"{page.Path} ({state}): {string.Join("; ", page.ConsoleErrors)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
