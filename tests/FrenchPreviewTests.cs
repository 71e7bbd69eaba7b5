using System.Net;
using AngleSharp.Html.Parser;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>`serve` previews both languages, and a page added in one language updates its twin's switcher.</summary>
public sealed class FrenchPreviewTests : IAsyncLifetime
{
    private PreviewOfACopy _preview = null!;

    public async Task InitializeAsync() => _preview = await PreviewOfACopy.Start();

    public async Task DisposeAsync() => await _preview.DisposeAsync();

    private string Url(string path) => _preview.Url(path);

    private async Task<string?> Switch(string path)
    {
        using var response = await _preview.Http.GetAsync(Url(path));
        if (response.StatusCode != HttpStatusCode.OK) return null;
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return document.QuerySelector("a.language-switch")?.GetAttribute("href");
    }

    /// <summary>Polls until the page's switcher leads to <paramref name="expected"/> (the preview rebuilds after a burst of file events).</summary>
    private async Task<string?> WaitForSwitch(string path, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string? seen;
        do
        {
            seen = await Switch(path);
            if (seen == expected) return seen;
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);
        return seen;
    }

    [Fact]
    public async Task Serves_both_languages_and_a_new_page_updates_its_twins_switcher()
    {
        var french = new HtmlParser().ParseDocument(await _preview.Http.GetStringAsync(Url("/fr/nations/")));
        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/sub/nations/", french.QuerySelector("a.language-switch")?.GetAttribute("href"));

        // An English page alone: its switcher leads to the French home page.
        File.WriteAllText(_preview.Site.Combine("input", "extra.md"), "---\ntitle: Extra\ndescription: An extra page.\n---\nExtra text.\n");
        Assert.Equal("/sub/fr/", await WaitForSwitch("/extra/", "/sub/fr/"));

        // Its French twin arrives: the English page's switcher now leads to it, and back.
        File.WriteAllText(_preview.Site.Combine("input", "fr", "extra.md"), "---\ntitle: Supplément\ndescription: Une page de plus.\n---\nUn texte de plus.\n");
        Assert.Equal("/sub/fr/extra/", await WaitForSwitch("/extra/", "/sub/fr/extra/"));
        Assert.Equal("/sub/extra/", await Switch("/fr/extra/"));
    }
}
