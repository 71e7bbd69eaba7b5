using Microsoft.Playwright;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>
/// Issue 24.7: at 1280 px and wider the inner pages use the width (larger prose in a wider column at the
/// same measure, figures wider still, cards in one row). That nothing scrolls sideways at 320 px is
/// EveryPageBrowserTests' to check, on every page.
/// </summary>
[Collection("browser")]
public sealed class WideLayoutBrowserTests(BrowserFixture fixture)
{
    private static BrowserNewContextOptions Screen(int width, int height) =>
        new() { ViewportSize = new ViewportSize { Width = width, Height = height } };

    [Theory]
    [InlineData("/pillars/compute/")]
    [InlineData("/fr/nations/")]
    public async Task At_1280_pixels_the_prose_is_larger_at_the_same_measure_and_the_main_figure_is_wider_than_700_pixels(string path)
    {
        await using var visit = await PageVisit.Open(fixture, path, Screen(1280, 800));
        var prose = await visit.Page.Locator(".page > p").First.EvaluateAsync<double[]>(
            "p => [p.getBoundingClientRect().width, parseFloat(getComputedStyle(p).fontSize)]");
        var (width, fontSize) = (prose[0], prose[1]);
        Assert.True(fontSize >= 20, $"{path}: prose is set in {fontSize} px at 1280 px");
        Assert.True(width >= 640, $"{path}: the text column is {width} px wide at 1280 px");
        // About 32 ems (some 70 characters): a comfortable line, as at 1024 px.
        Assert.InRange(width / fontSize, 28, 34);
        var figure = (await visit.Page.Locator(".page > [data-chart]").First.BoundingBoxAsync())!;
        Assert.True(figure.Width > 700 && figure.Width > width + 300, $"{path}: the main figure is {figure.Width} px wide beside a {width} px text column");
        Assert.True(figure.X >= 0 && figure.X + figure.Width <= 1280, $"{path}: the figure spans {figure.X}–{figure.X + figure.Width} px");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/fr/")]
    public async Task At_1280_pixels_the_home_pages_cards_sit_in_one_row_with_none_alone(string path)
    {
        await using var visit = await PageVisit.Open(fixture, path, Screen(1280, 800));
        var tops = await visit.Page.Locator(".page > .cards > *").EvaluateAllAsync<double[]>("cs => cs.map(c => Math.round(c.getBoundingClientRect().top))");
        Assert.True(tops.Length >= 3, $"{path}: {tops.Length} cards");
        var rows = tops.GroupBy(t => t).Select(g => g.Count()).ToList();
        Assert.True(rows.Count == 1 || rows[^1] == rows[0], $"{path}: cards in rows of {string.Join(", ", rows)}");
    }
}
