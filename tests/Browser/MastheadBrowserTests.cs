using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>The masthead on a phone: the site's short name whole (wrapped, never cut), the header compact.</summary>
[Collection("browser")]
public sealed class MastheadBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/nations/", "Canada’s AI for All")]
    [InlineData("/fr/nations/", "AI for All au Canada")]
    public async Task On_a_390px_phone_the_name_is_whole_and_the_header_at_most_120px(string path, string brand)
    {
        await using var visit = await PageVisit.Open(fixture, path, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 800 } });
        var title = visit.Page.Locator(".site-title");
        // Wrapped lines may overhang their box by a pixel of rounding (the +1 below), never by a line.
        // The French title's short name ends at its colon too (a no-break space precedes it).
        Assert.StartsWith(brand, (await title.InnerTextAsync()).Trim());
        var sizes = await title.EvaluateAsync<string>("e => [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight].join(' ')");
        var size = sizes.Split(' ').Select(int.Parse).ToArray();
        Assert.True(size[0] <= size[1] && size[2] <= size[3] + 1, $"the site name is cut (scroll and client width, height: {sizes})");
        var height = await visit.Page.Locator(".site-header").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(height <= 120, $"header is {height}px high");
        // The menu button keeps its name for screen readers with its label hidden.
        Assert.Equal("Sections", (await visit.Page.Locator(".site-menu summary").TextContentAsync())?.Trim());
    }
}
