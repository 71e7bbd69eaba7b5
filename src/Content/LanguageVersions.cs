using Site.Content;
using Site.Templates;
using Site.Localization;

namespace Site.Content;

/// <summary>
/// A page's versions in the site's languages: the language switcher's targets and the hreflang
/// alternates (in the page's head and in sitemap.xml), from its twins (same path in each language's tree).
/// </summary>
public static class LanguageVersions
{
    /// <summary>The same page (or the home page) in another language, as the switcher shows it, named in that language.</summary>
    public sealed record Version(string Language, string Name, string Url, bool IsTwin);

    /// <summary>Each other language's twin, or that language's home page when the page has none (PAGE007) or is a 404 page.</summary>
    public static List<Version> Switcher(Page page, SiteIndex index, SiteLanguages languages, UiStrings words, string basePath)
    {
        var versions = new List<Version>();
        foreach (var other in languages.Others(page.Language))
        {
            // The 404 page's switcher leads home: GitHub Pages serves only /404.html, whatever the language of the address.
            var twin = NotFoundPage.Is(page) ? null : index.Twin(page, other);
            var target = twin?.Url ?? "/" + languages.Folder(other);
            versions.Add(new Version(other, words.Get(other, "language_name") ?? SiteLanguages.Name(other), BasePath.Apply(basePath, target), twin is not null));
        }
        return versions;
    }

    /// <summary>
    /// hreflang → absolute URL for the page and each twin, then x-default (the default language's
    /// version). None without a site URL (search engines want absolute URLs), for a page without
    /// twins, and for 404 pages.
    /// </summary>
    public static List<(string HrefLang, string Url)> Alternates(Page page, SiteIndex index, SiteLanguages languages, string basePath, string? siteUrl)
    {
        var versions = languages.All.Select(l => (Language: l, Page: l == page.Language ? page : index.Twin(page, l))).Where(v => v.Page is not null).ToList();
        if (siteUrl is null || versions.Count < 2 || NotFoundPage.Is(page)) return [];
        var list = versions.Select(v => (v.Language, siteUrl + BasePath.Apply(basePath, v.Page!.Url))).ToList();
        var byDefault = versions.FirstOrDefault(v => v.Language == languages.Default).Page;
        if (byDefault is not null) list.Add(("x-default", siteUrl + BasePath.Apply(basePath, byDefault.Url)));
        return list;
    }
}
