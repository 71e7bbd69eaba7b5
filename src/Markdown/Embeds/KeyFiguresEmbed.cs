using System.Net;
using System.Text;
using Site.Diagnostics;
using Site.Data;
using Site.Localization;
using Site.Yaml;

namespace Site.Markdown.Embeds;

/// <summary>
/// ```keyfigures``` blocks: cards with one big figure each, taken from a table cell (never typed),
/// a label and the figure's source.
/// <code>
/// figures:
///   - { table: vc-share, row: "2025", column: share, label: Canada's share of global AI venture capital, 2025 }
/// </code>
/// </summary>
public sealed class KeyFiguresEmbed : IEmbed
{
    private static readonly DiagnosticCode Code = Codes.PAGE012;

    public string Name => "keyfigures";

    public string? Render(YMap spec, EmbedContext context)
    {
        var fields = new YamlFields(spec, Code, context.Diagnostics, context.FallbackLanguage);
        fields.RejectUnknownKeys("a keyfigures block", "figures");
        var items = fields.List("figures", required: true);
        if (items is null) return null;

        var html = new StringBuilder("<ul class=\"key-figures\">\n");
        var failed = false;
        foreach (var item in items)
        {
            if (item is not YMap map)
            {
                context.Diagnostics.Report(item.Location, Code, "a key figure is a mapping: { table: ..., row: ..., column: ..., label: ... }");
                failed = true;
                continue;
            }
            var figure = new YamlFields(map, Code, context.Diagnostics, context.FallbackLanguage);
            figure.RejectUnknownKeys("a key figure", "table", "row", "column", "label");
            var table = figure.String("table", required: true);
            var row = figure.String("row", required: true);
            var column = figure.String("column", required: true);
            var label = figure.Localized("label", required: true);
            if (table is null || row is null || column is null || label is null)
            {
                failed = true;
                continue;
            }
            context.Use(table);
            var cell = CellLookup.Find(context.Tables, table, row, column, out var error, out var wrong, context.Language, context.FallbackLanguage);
            if (cell is null)
            {
                var at = map.Get(wrong switch { CellLookup.Part.Table => "table", CellLookup.Part.Row => "row", _ => "column" })!.Location;
                context.Diagnostics.Report(at, Code, error!, wrong == CellLookup.Part.Table ? Subjects.Table(table) : null);
                failed = true;
                continue;
            }
            html.Append("<li class=\"key-figure\">\n<p class=\"key-figure-value\">").Append(CellLookup.ProseSpan(cell, context.Language, compact: true)).Append("</p>\n")
                .Append("<p class=\"key-figure-label\">").Append(WebUtility.HtmlEncode(label.Get(context.Language, context.FallbackLanguage))).Append("</p>\n");
            if (cell.Table.Sources.Count > 0)
            {
                html.Append("<p class=\"key-figure-source\">");
                TableHtml.AppendSource(html, cell.Table.Sources[0], GeneratedText.For(context.Language), withTitle: false);
                html.Append("</p>\n");
            }
            html.Append("</li>\n");
        }
        return failed ? null : html.Append("</ul>\n").ToString();
    }
}
