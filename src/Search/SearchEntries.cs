using Site.Content;
using Site.Data;
using Site.Localization;
using Site.Markdown;

namespace Site.Search;

/// <summary>Collects what search can find from the rendered pages and the data tables.</summary>
public static class SearchEntries
{
    public static List<SearchEntry> Collect(IReadOnlyList<Page> pages, IReadOnlyList<MarkdownResult?> bodies, IEnumerable<DataTable> tables, string basePath, string language) =>
        Collect(pages, bodies, tables, basePath, language, language, "");

    /// <summary>One language's index: its pages (the caller passes only those), and the rows of its data pages under /&lt;folder&gt;data/.</summary>
    public static List<SearchEntry> Collect(IReadOnlyList<Page> pages, IReadOnlyList<MarkdownResult?> bodies, IEnumerable<DataTable> tables, string basePath,
        string language, string defaultLanguage, string folder) =>
        Enumerate(pages, bodies, tables, basePath, language, defaultLanguage, folder).ToList();

    /// <summary>
    /// The same entries one at a time, for writing the index as they come: a 200,000-row table's
    /// entries, all held at once, made about 80 MB (docs/performance.md, "Memory").
    /// </summary>
    public static IEnumerable<SearchEntry> Enumerate(IReadOnlyList<Page> pages, IReadOnlyList<MarkdownResult?> bodies, IEnumerable<DataTable> tables, string basePath,
        string language, string defaultLanguage, string folder)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (NotFoundPage.Is(page)) continue;
            var url = BasePath.Apply(basePath, page.Url);
            yield return new SearchEntry("page", page.Meta.Title, url, page.Meta.Summary ?? page.Meta.Description ?? "");
            if (DataPages.IsDataPage(page)) continue; // their rows are indexed one by one below
            foreach (var heading in bodies[i]?.Headings ?? [])
            {
                if (heading.Level is 2 or 3) yield return new SearchEntry("section", heading.Text, url + "#" + heading.Id, page.Meta.Title);
            }
        }

        foreach (var table in tables.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var title = table.Title.Get(language, defaultLanguage);
            var tableUrl = BasePath.Apply(basePath, $"/{folder}data/{table.Id}/");
            foreach (var row in table.Rows)
            {
                var colon = Localization.GeneratedText.For(language).Colon;
                var cells = table.Columns.Where(c => c != table.KeyColumn)
                    .Select(c => $"{c.Label.Get(language, defaultLanguage)}{colon}{ValueFormatter.PlainText(row.Cells[c.Id], c, language, prose: true)}");
                // The row as readers of this language see it ("Royaume-Uni"); its anchor keeps the key ("U.K.").
                var shown = ValueFormatter.PlainText(row.Cells[table.KeyColumn.Id], table.KeyColumn, language, prose: false);
                yield return new SearchEntry("row", shown, tableUrl + "#" + RowAnchor.Id("table-" + table.Id, row.Key), title + " · " + string.Join(LanguageBook.Current.Get(language).ListSeparator, cells));
            }
        }
    }
}
