using Site.Content;
using Site.Data;
using Site.Localization;

namespace Site.Sharing;

/// <summary>
/// One <see cref="Citation"/> per published page (not the 404 pages), and where its downloads go:
/// cite/&lt;page path&gt;.bib, .json (CSL-JSON) and .ris, the home page as cite/index.*, French pages
/// under fr/cite/…. A data page (/data/&lt;id&gt;/) cites its table as a dataset, dated by the table.
/// </summary>
public static class PageCitations
{
    public static readonly string[] Extensions = ["bib", "json", "ris"];

    public static bool IsCited(Page page) => !NotFoundPage.Is(page);

    /// <summary>"pillars/compute" for /pillars/compute/, "index" for /, "fr/index" for /fr/ (a French page's folder prefix included).</summary>
    public static string Stem(Page page, string languageFolder)
    {
        var path = page.Url.Trim('/');
        if (languageFolder.Length > 0 && (path + "/").StartsWith(languageFolder, StringComparison.Ordinal))
            path = path.Length + 1 == languageFolder.Length ? "" : path[languageFolder.Length..];
        return path.Length == 0 ? "index" : path;
    }

    /// <summary>The download's path inside output/: cite/pillars/compute.bib, fr/cite/index.ris.</summary>
    public static string FilePath(Page page, string languageFolder, string extension) => $"{languageFolder}cite/{Stem(page, languageFolder)}.{extension}";

    /// <summary>The table a data page shows, or null for any other page.</summary>
    public static DataTable? TableOf(Page page, IReadOnlyDictionary<string, DataTable> tables) =>
        DataPages.IsDataPage(page) && page.TreePath.EndsWith(".yml", StringComparison.Ordinal)
            && tables.TryGetValue(Path.GetFileNameWithoutExtension(page.TreePath), out var table) ? table : null;

    public static Citation For(Page page, string languageFolder, string siteName, string? author, IReadOnlyDictionary<string, DataTable> tables, string basePath, string? siteUrl)
    {
        var table = TableOf(page, tables);
        var date = table is not null ? table.Updated ?? table.Sources.Select(s => s.Date).FirstOrDefault(d => d is not null) : page.Meta.Updated ?? page.Meta.Date;
        var url = (siteUrl ?? "") + BasePath.Apply(basePath, page.Url);
        var key = "page-" + Stem(page, languageFolder).Replace('/', '-') + (languageFolder.Length > 0 ? "-" + page.Language : "");
        return new Citation(key, author ?? siteName, page.Meta.Title, siteName, date, url, page.Language, IsDataset: table is not null);
    }

    /// <summary>The ready citation in the page's language, as plain text (escaped where it lands).</summary>
    public static string Text(Citation citation)
    {
        var words = SharingWords.For(citation.Language);
        var rules = Localization.LanguageBook.Current.Get(citation.Language);
        var date = citation.Date is null ? "" : ", " + rules.Generated.Date(citation.Date);
        // English puts the title's closing period inside the quotes, unless the title ends in its own mark.
        var title = !rules.PeriodInsideQuotes || (citation.Title.Length > 0 && citation.Title[^1] is '.' or '?' or '!') ? citation.Title : citation.Title + ".";
        return Localization.Pattern.Fill(rules.CitationForm, ("author", citation.Author), ("title", words.Quote(title)), ("site", citation.SiteName), ("date", date), ("url", citation.Url));
    }
}
