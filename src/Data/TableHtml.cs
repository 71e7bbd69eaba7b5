using System.Net;
using System.Text;
using Site.Localization;

namespace Site.Data;

/// <summary>
/// The accessible HTML of a data table: a caption, column and row header scopes, numbers aligned
/// right and formatted for the language, the unit in the header, notes and sources below.
/// The scroll wrapper is a focusable, labelled region so keyboard users can scroll wide tables.
/// </summary>
public static class TableHtml
{
    /// <summary>A table embed: the table, then its notes, sources and download links.</summary>
    public static string Write(DataTable table, IReadOnlyList<DataColumn> columns, string id, string? caption, string language, string fallbackLanguage, string dataUrl)
    {
        var html = new StringBuilder(1024);
        html.Append("<figure class=\"data-table\" id=\"").Append(id).Append("\">\n");
        AppendTable(html, table, columns, id, caption, language, fallbackLanguage);
        AppendCaption(html, table, columns, language, fallbackLanguage, dataUrl);
        html.Append("</figure>\n");
        return html.ToString();
    }

    /// <summary>The scrollable, labelled table alone (a chart's Table tab uses it too).</summary>
    public static void AppendTable(StringBuilder html, DataTable table, IReadOnlyList<DataColumn> columns, string id, string? caption, string language, string fallbackLanguage)
    {
        var captionId = id + "-caption";
        html.Append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"").Append(captionId).Append("\" tabindex=\"0\">\n");
        html.Append("<table>\n<caption id=\"").Append(captionId).Append("\">")
            .Append(Encode(caption ?? table.Title.Get(language, fallbackLanguage))).Append("</caption>\n");

        html.Append("<thead>\n<tr>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\"").Append(column.IsNumeric ? " class=\"num\"" : "").Append('>')
                .Append(Encode(column.Label.Get(language, fallbackLanguage)));
            var unit = ValueFormatter.HeaderUnit(column, language);
            if (unit is not null) html.Append(" <span class=\"unit\">(").Append(Encode(unit)).Append(")</span>");
            html.Append("</th>");
        }
        html.Append("</tr>\n</thead>\n<tbody>\n");

        // Each row is headed by its key; when the key column is not shown, by the first column shown.
        var rowHeader = columns.Contains(table.KeyColumn) ? table.KeyColumn : columns[0];
        foreach (var row in table.Rows)
        {
            html.Append("<tr id=\"").Append(RowAnchor.Id(id, row.Key)).Append("\">");
            foreach (var column in columns)
            {
                var cell = ValueFormatter.CellHtml(row.Cells[column.Id], column, language);
                if (column == rowHeader) html.Append("<th scope=\"row\">").Append(cell).Append("</th>");
                else html.Append(column.IsNumeric ? "<td class=\"num\">" : "<td>").Append(cell).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void AppendCaption(StringBuilder html, DataTable table, IReadOnlyList<DataColumn> columns, string language, string fallbackLanguage, string dataUrl)
    {
        var words = GeneratedText.For(language);
        html.Append("<figcaption>\n");
        if (table.Notes is not null) html.Append("<p class=\"notes\">").Append(Encode(table.Notes.Get(language, fallbackLanguage))).Append("</p>\n");
        foreach (var column in columns)
        {
            if (column.Note is null) continue;
            html.Append("<p class=\"notes\">").Append(Encode(column.Label.Get(language, fallbackLanguage))).Append(words.Colon)
                .Append(Encode(column.Note.Get(language, fallbackLanguage))).Append("</p>\n");
        }
        html.Append("<p class=\"source\">").Append(table.Sources.Count > 1 ? words.Sources : words.Source).Append(words.Colon);
        for (var i = 0; i < table.Sources.Count; i++)
        {
            if (i > 0) html.Append("; ");
            AppendSource(html, table.Sources[i], words);
        }
        html.Append(".</p>\n");
        AppendDownloads(html, table, dataUrl, GeneratedText.For(language));
        html.Append("</figcaption>\n");
    }

    /// <summary>Links to the table's CSV and JSON files (see <see cref="DataExport"/>).</summary>
    public static void AppendDownloads(StringBuilder html, DataTable table, string dataUrl, GeneratedText words)
    {
        html.Append("<p class=\"downloads\">").Append(words.Download).Append(words.Colon).Append("<a href=\"").Append(Encode(dataUrl + table.Id)).Append(".csv\" download>CSV</a> · <a href=\"")
            .Append(Encode(dataUrl + table.Id)).Append(".json\" download>JSON</a>")
            // The table's citation (BibTeX, CSL-JSON, RIS) is on its data page (src/Sharing/).
            .Append(" · <a href=\"").Append(Encode(dataUrl + table.Id)).Append("/#cite\">").Append(SharingWords.For(words.Language).CiteTable).Append("</a></p>\n");
    }

    /// <summary>"<cite>Title</cite>, Publisher, June 2026"; without the title where space is short (cards).</summary>
    public static void AppendSource(StringBuilder html, DataSource source, GeneratedText words, bool withTitle = true)
    {
        var parts = new List<string>();
        if (withTitle)
        {
            var title = Encode(source.Title.Get(words.Language, source.Title.DefaultLanguage));
            // A title published in another language than the page's (the article's English title on a French page)
            // says so, for screen readers' pronunciation and for hyphenation (WCAG 3.1.2).
            var lang = source.Title.Languages.Contains(words.Language) ? "" : $" lang=\"{Encode(source.Title.DefaultLanguage)}\"";
            parts.Add($"<cite{lang}>" + (source.Url is null ? title : $"<a href=\"{Encode(source.Url)}\">{title}</a>") + "</cite>");
        }
        if (source.Publisher is not null) parts.Add(Encode(source.Publisher.Get(words.Language, source.Publisher.DefaultLanguage)));
        if (source.Date is not null) parts.Add(Encode(words.Date(source.Date)));
        html.Append(string.Join(", ", parts));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
