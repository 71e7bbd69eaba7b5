using Site.Diagnostics;
using Site.Loading;
using Site.Templates;

namespace Site.Content;

/// <summary>
/// GitHub Pages serves /404.html for any missing URL. input/404.md writes it; without one, the
/// generator makes it from the theme's "404" layout (or "page") with the theme's wording.
/// </summary>
public static class NotFoundPage
{
    public const string Url = "/404.html";

    public static Page? IfMissing(IReadOnlyList<Page> pages, SourceSet sources, string inputRoot, string displayRoot,
        UiStrings uiStrings, string language, TemplateSet templates)
    {
        if (pages.Any(p => p.Url == Url)) return null;
        var title = uiStrings.Get(language, "not_found_title") ?? "Page not found";
        var body = uiStrings.Get(language, "not_found_text") ?? "There is no page at this address.";
        var path = Path.Combine(inputRoot, "404.md");
        var source = new SourceFile(path, Paths.Display(path, displayRoot), "404.md", body);
        var meta = new FrontMatter(title, null, null, null, int.MaxValue, false, null, null, null, null);
        var layout = templates.Layouts.ContainsKey("404") ? "404" : "page";
        return new Page(source, meta, body, Url, "404.html", layout);
    }
}
