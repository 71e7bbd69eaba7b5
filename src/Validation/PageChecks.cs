using Site.Content;
using Site.Diagnostics;
using Site.Loading;
using Site.Yaml;

namespace Site.Validation;

/// <summary>Checks between pages and the theme that need every page parsed: URLs, layouts, navigation.</summary>
public static class PageChecks
{
    public static void CheckUrlsAreUnique(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in pages.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            if (first.TryAdd(page.Url, page)) continue;
            diagnostics.Report(page.Source.At(1, 1), Codes.PAGE005,
                $"this page and input/{first[page.Url].SourcePath} both publish to {page.Url}; give one of them another slug");
        }
        // URLs that differ only in letter case are one folder on a case-insensitive checkout
        // (Windows, macOS): one page would silently replace the other there.
        var folded = new Dictionary<string, Page>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in first.Values.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            if (folded.TryAdd(page.Url, page)) continue;
            var other = folded[page.Url];
            diagnostics.Report(page.Source.At(1, 1), Codes.PAGE005,
                $"this page publishes to {page.Url} and input/{other.SourcePath} to {other.Url}: they differ only in letter case, so one replaces the other on a case-insensitive file system; rename one");
        }
    }

    /// <summary>
    /// A file copied from input/ must not land where the build writes something else (a page, a
    /// table export, the sitemap…): one would silently replace the other.
    /// </summary>
    public static void CheckOutputPathsAreUnique(IEnumerable<StaticFile> contentFiles, IEnumerable<string> builtPaths, string displayRoot, DiagnosticBag diagnostics)
    {
        var built = new HashSet<string>(builtPaths, StringComparer.Ordinal);
        foreach (var file in contentFiles)
        {
            if (!built.Contains(file.RelativePath)) continue;
            diagnostics.Add(new Diagnostic(Paths.Display(file.FullPath, displayRoot), 1, 1, Codes.SITE006,
                $"this file would be published at /{file.RelativePath}, where the build already writes a generated file or page; rename or move it"));
        }
    }

    /// <summary>The navigation from site.yml's nav, or the top-level pages in order when it has none.</summary>
    public static List<NavItem> Navigation(SiteConfig config, SiteIndex index, IReadOnlyList<Page> pages, string basePath, DiagnosticBag diagnostics) =>
        Navigation(config, index, pages, basePath, config.Language, diagnostics);

    /// <summary>
    /// One language's navigation. site.yml's nav names the default language's files; another
    /// language reads the same list in its own tree (pillars/compute.md → input/fr/pillars/compute.md),
    /// and shows the default language's page where a twin is missing (reported once, as PAGE007).
    /// </summary>
    public static List<NavItem> Navigation(SiteConfig config, SiteIndex index, IReadOnlyList<Page> pages, string basePath, string language, DiagnosticBag diagnostics)
    {
        var entries = new List<NavItem>();
        if (config.Nav.Count == 0)
        {
            foreach (var page in pages.Where(p => p.Language == language && !NotFoundPage.Is(p) && !DataPages.IsDataPage(p) && p.TreePath.Count(c => c == '/') == 0))
                entries.Add(new NavItem(page.Meta.Title, BasePath.Apply(basePath, page.Url), page.SourcePath));
            return entries;
        }
        foreach (var entry in config.Nav)
        {
            if (index.PagesByTree.TryGetValue(SiteIndex.TreeKey(language, entry.SourcePath), out var page)
                || index.PagesByTree.TryGetValue(SiteIndex.TreeKey(config.Language, entry.SourcePath), out page))
            {
                entries.Add(new NavItem(page.Meta.Title, BasePath.Apply(basePath, page.Url), page.SourcePath));
                continue;
            }
            if (language != config.Language) continue; // reported once, for the default language
            if (index.Drafts.Contains(entry.SourcePath)) continue; // a draft leaves the navigation until it is published
            var suggestion = Suggest.Closest(entry.SourcePath, index.PagesBySource.Keys);
            diagnostics.Report(entry.Location, Codes.SITE005, $"nav names '{entry.SourcePath}', which is not a page in input/" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"),
                Subjects.Page(entry.SourcePath));
        }
        return entries;
    }

    /// <summary>
    /// A page of one language with no twin in another declared language: a warning at the page
    /// (PAGE007), once per missing language. Its language switcher leads to that language's home page.
    /// </summary>
    public static void CheckTwins(IReadOnlyList<Page> pages, SiteIndex index, SiteLanguages languages, DiagnosticBag diagnostics)
    {
        if (!languages.IsMultilingual) return;
        foreach (var page in pages.Where(p => !p.Generated))
        {
            foreach (var other in languages.Others(page.Language))
            {
                if (index.Twin(page, other) is not null) continue;
                // A twin that exists but failed to parse has its own error: this warning would follow from it.
                var twin = languages.Folder(other) + page.TreePath;
                diagnostics.Add(new Diagnostic(page.Source.DisplayPath, 1, 1, Codes.PAGE007,
                    $"this page has no twin in '{other}': add input/{twin}; until then its language switcher leads to the '{other}' home page") { FollowsFrom = Subjects.Page(twin) });
            }
        }
    }
}
