using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>
/// A chart's data points reached with the keyboard alone (chart-keys.js): the plot is one tab stop,
/// arrows move through points and series, a live region says each point in the page's language with
/// the page's own formatted value, Escape leaves, and Tab moves on past the chart.
/// </summary>
[Collection("browser charts")]
public sealed class ChartKeysBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/nations/", "Canada, 1.8 (US$ billions), 1st of 5", "U.K., 1.1 (US$ billions), 2nd of 5", "South Korea, 1.5 (US$ billions), 5th of 5", "Saudi Arabia, 40 (US$ billions), 4th of 5")]
    [InlineData("/fr/nations/", "Canada, 1,8 (milliards de dollars US), 1er sur 5", "Royaume-Uni, 1,1 (milliards de dollars US), 2e sur 5", "Corée du Sud, 1,5 (milliards de dollars US), 5e sur 5", "Arabie saoudite, 40 (milliards de dollars US), 4e sur 5")]
    public async Task Arrow_keys_announce_each_point_and_escape_and_tab_leave(string path, string first, string second, string last, string fourth)
    {
        await using var visit = await PageVisit.Open(fixture, path);
        var page = visit.Page;
        var chart = page.Locator("#chart-national-strategies");
        var plot = chart.Locator(".chart-plot");
        var live = chart.Locator(".chart-keys-live");
        Assert.Equal("0", await plot.GetAttributeAsync("tabindex"));
        Assert.Equal("polite", await live.GetAttributeAsync("aria-live"));
        // Not role=application: a screen reader's browse mode keeps its own keys.
        Assert.Equal("group", await plot.GetAttributeAsync("role"));

        await plot.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal(first, await live.TextContentAsync());
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal(second, await live.TextContentAsync());
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(first, await live.TextContentAsync());
        await page.Keyboard.PressAsync("End");
        Assert.Equal(last, await live.TextContentAsync());
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(fourth, await live.TextContentAsync());
        // One series: Down stays on it.
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(fourth, await live.TextContentAsync());
        await page.Keyboard.PressAsync("Home");
        Assert.Equal(first, await live.TextContentAsync());

        // The accessibility tree has the group named by the chart's title and the live text.
        var tree = await chart.AriaSnapshotAsync();
        var title = await chart.Locator(".chart-title").TextContentAsync();
        Assert.Contains("group \"" + title + "\"", tree);
        Assert.Contains(first, tree);

        // Escape leaves for the chart's selected tab and clears the announcement.
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await chart.Locator("[role=tab][aria-selected=true]").EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.Equal("", await live.TextContentAsync());

        // Tab from the plot moves on: focus leaves the plot (no trap).
        await plot.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Tab");
        Assert.False(await plot.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)"));

        var violations = await AxeScan.Violations(page);
        Assert.Empty(violations);
        Assert.Empty(visit.ConsoleErrors);
    }
}
