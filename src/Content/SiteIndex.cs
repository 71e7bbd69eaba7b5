
namespace Site.Content;

/// <summary>What exists in the site being built: pages by source path and by URL, and other files.</summary>
public sealed class SiteIndex
{
    public SiteIndex(IReadOnlyList<Page> pages, IEnumerable<string> drafts, IEnumerable<string> otherFiles)
    {
        // Duplicates (two pages, one URL) are reported by PageChecks; the first one wins here.
        PagesBySource = new Dictionary<string, Page>(StringComparer.Ordinal);
        PagesByUrl = new Dictionary<string, Page>(StringComparer.Ordinal);
        PagesByTree = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            PagesBySource.TryAdd(page.SourcePath, page);
            PagesByUrl.TryAdd(page.Url, page);
            PagesByTree.TryAdd(TreeKey(page.Language, page.TreePath), page);
        }
        Drafts = new HashSet<string>(drafts, StringComparer.Ordinal);
        Files = new HashSet<string>(otherFiles, StringComparer.Ordinal);
    }

    public Dictionary<string, Page> PagesBySource { get; }

    /// <summary>The site's default language, whose page a link falls back to when the linking page's language has no twin.</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>Pages by language and path in that language's tree (<see cref="TreeKey"/>): how twins find each other.</summary>
    public Dictionary<string, Page> PagesByTree { get; }

    public static string TreeKey(string language, string treePath) => language + ":" + treePath;

    /// <summary>The same page in <paramref name="language"/> (its twin), or null when it has none.</summary>
    public Page? Twin(Page page, string language) =>
        PagesByTree.TryGetValue(TreeKey(language, page.TreePath), out var twin) ? twin : null;

    /// <summary>Pages by site URL ("/pillars/compute/").</summary>
    public Dictionary<string, Page> PagesByUrl { get; }

    /// <summary>Source paths of draft pages left out of this build.</summary>
    public HashSet<string> Drafts { get; }

    /// <summary>Site paths ("/images/map.png", "/sitemap.xml") of every file that is not a page.</summary>
    public HashSet<string> Files { get; }
}
