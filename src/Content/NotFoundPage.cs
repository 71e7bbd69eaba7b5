using Site.Diagnostics;
using Site.Loading;
using Site.Localization;

namespace Site.Content;

/// <summary>
/// GitHub Pages serves /404.html for any missing URL. input/404.md writes it; without one, the
/// generator makes it from the theme's "404" layout (or "page") with the theme's wording.
/// </summary>
public static class NotFoundPage
{
    public const string Url = "/404.html";

    /// <summary>
    /// One language's 404 page: /404.html for the default language, /fr/404.html for French. GitHub
    /// Pages serves only /404.html, so a French reader who mistypes an address sees the default
    /// language's page, whose language switcher leads to the French home page.
    /// </summary>
    public static Page? IfMissing(IReadOnlyList<Page> pages, string inputRoot, string displayRoot,
        UiStrings uiStrings, SiteLanguages languages, string language, bool themeHasNotFoundLayout)
    {
        var folder = languages.Folder(language);
        var url = "/" + folder + "404.html";
        if (pages.Any(p => p.Url == url)) return null;
        var title = uiStrings.Get(language, "not_found_title") ?? uiStrings.Get(languages.Default, "not_found_title") ?? "Page not found";
        var body = uiStrings.Get(language, "not_found_text") ?? uiStrings.Get(languages.Default, "not_found_text") ?? "There is no page at this address.";
        var path = Path.Combine(inputRoot, folder, "404.md");
        var source = new SourceFile(path, Paths.Display(path, displayRoot), folder + "404.md", body);
        var meta = new FrontMatter(title, null, null, null, int.MaxValue, false, null, null, null, null);
        var layout = themeHasNotFoundLayout ? "404" : "page";
        return new Page(source, meta, PageBody.Written(body), url, folder + "404.html", layout) { Language = language, TreePath = "404.md", Generated = true };
    }

    public static bool Is(Page page) => page.TreePath == "404.md" && page.Url.EndsWith("/404.html", StringComparison.Ordinal);
}
