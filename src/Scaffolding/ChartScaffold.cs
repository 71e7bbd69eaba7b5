using Site.Data;
using Site.Formats;

namespace Site.Scaffolding;

/// <summary>`new chart NAME --table ID`: a page holding a ```chart block of the table, every option explained.</summary>
public static class ChartScaffold
{
    /// <summary>The page's text, or null when the table has no numeric column to draw.</summary>
    /// <param name="untranslated">A twin in another language than the default: its words wait for their translation (untranslated: true).</param>
    public static string? Text(string name, DataTable table, string language, bool untranslated)
    {
        var y = table.Columns.FirstOrDefault(c => c.IsNumeric);
        if (y is null) return null;
        var chart = FormatCatalog.ChartBlock;
        var title = ScaffoldWriter.TitleFrom(name);
        var firstRow = table.Rows.Count > 0 ? ChartSpecKey(table.Rows[0].Key) : null;
        var writer = new ScaffoldWriter()
            .Line("---")
            .Field(FormatCatalog.FrontMatter, "title", ScaffoldWriter.Quote(title))
            .Field(FormatCatalog.FrontMatter, "description", ScaffoldWriter.Quote($"A chart of {table.Title.Get(language, language)}."))
            .Field(FormatCatalog.FrontMatter, "order", "100");
        if (untranslated) writer.Field(FormatCatalog.FrontMatter, "untranslated", "true");
        writer
            .Line("---")
            .Line()
            .Line("A sentence that says what the chart shows.")
            .Line()
            .Line("```chart")
            .Comment("Every option is explained, with pictures, in docs/content-format.md (Charts). Remove '# ' to use one.")
            .Field(chart, "table", table.Id)
            .Field(chart, "type", "bar")
            .Field(chart, "y", y.Id)
            .Field(chart, "x", table.KeyColumn.Id, active: false)
            .Field(chart, "highlight", firstRow, active: false)
            .Field(chart, "sort", "descending", active: false)
            .Field(chart, "title", active: false)
            .Field(chart, "subtitle", active: false)
            .Field(chart, "caption", active: false)
            .Field(chart, "x_title", active: false)
            .Field(chart, "y_title", active: false)
            .Field(chart, "log", active: false);
        return writer
            .Line("```")
            .ToString();
    }

    private static string ChartSpecKey(string key) => key.Any(c => ":#{}[],&*?|<>=!%@`'\"".Contains(c)) ? ScaffoldWriter.Quote(key) : key;
}
