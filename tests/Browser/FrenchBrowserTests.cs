using Xunit;

namespace Site.Tests.Browser;

/// <summary>The French edition in a real Chromium: its search box searches the French index, and the switcher leads to the twin.</summary>
[Collection("browser")]
public sealed class FrenchBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Search_on_a_French_page_loads_the_French_index_and_finds_French_sections()
    {
        await using var visit = await PageVisit.Open(fixture, "/fr/");
        await visit.Page.Locator("#search-input").FillAsync("dérive de la mission");
        var result = visit.Page.Locator("#search-results a[href='/fr/risks/#dérive-de-la-mission']");
        await result.WaitForAsync();
        Assert.Contains(visit.Requests, url => new Uri(url).AbsolutePath == "/fr/search-index.json");
        Assert.DoesNotContain(visit.Requests, url => new Uri(url).AbsolutePath == "/search-index.json");
        var hrefs = await visit.Page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.All(hrefs, href => Assert.StartsWith("/fr/", href));
        Assert.Matches(@"^\d+ résultats?$", await visit.Page.Locator("#search-status").TextContentAsync());
    }

    [Fact]
    public async Task The_switcher_leads_to_the_twin_in_the_other_language_and_back()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/");
        var link = visit.Page.Locator("a.language-switch");
        Assert.True(await link.IsVisibleAsync());
        Assert.Equal("Français", (await link.TextContentAsync())!.Trim());
        await link.ClickAsync();
        for (var tries = 0; visit.Page.Url != fixture.Server.Url("/fr/nations/") && tries < 100; tries++) await Task.Delay(100);
        Assert.Equal(fixture.Server.Url("/fr/nations/"), visit.Page.Url);
        Assert.Equal("fr", await visit.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("/nations/", await visit.Page.Locator("a.language-switch").GetAttributeAsync("href"));
    }
}
