using Site.Formats;

namespace Site.Scaffolding;

/// <summary>`new table NAME`: a data table with a text key column, a number column and two rows.</summary>
public static class TableScaffold
{
    /// <param name="schemaPath">The data-table schema, relative to the new file's folder (for the editor modeline).</param>
    /// <param name="language">The site's default language, in which the texts are written.</param>
    /// <param name="others">The other declared languages: each gets the same texts, listed as untranslated.</param>
    public static string Text(string name, string schemaPath, string language = "en", IReadOnlyList<string>? others = null)
    {
        others ??= [];
        // { en: "Energy mix", fr: "Energy mix" }: every language present (no I18N004), the others marked untranslated.
        string Localized(string text) => "{ " + string.Join(", ", others.Prepend(language).Select(l => $"{l}: {text}")) + " }";
        var table = FormatCatalog.DataTable;
        var source = FormatCatalog.Source;
        var column = FormatCatalog.Column;
        var title = ScaffoldWriter.TitleFrom(name);
        var writer = new ScaffoldWriter()
            .Line("# yaml-language-server: $schema=" + schemaPath)
            .Comment($"Data table '{name}': show it with a ```table or ```chart block naming 'table: {name}'.")
            .Comment("Every key is explained in docs/content-format.md (Data tables). Remove '# ' to use a key.")
            .Field(table, "title", Localized(ScaffoldWriter.Quote(title)))
            .Field(table, "description", Localized(ScaffoldWriter.Quote("One sentence on what the table shows.")))
            .Field(table, "notes", active: false)
            .Field(table, "source", "")
            .Field(source, "title", ScaffoldWriter.Quote("Title of the article or report"), indent: "  - ")
            .Field(source, "publisher", ScaffoldWriter.Quote("Who published it"), indent: "    ")
            .Field(source, "date", indent: "    ")
            .Field(source, "url", indent: "    ", active: false)
            .Field(table, "columns", "")
            .Field(column, "id", "name", indent: "  - ")
            .Field(column, "label", Localized("Name"), indent: "    ")
            .Field(column, "type", "text", indent: "    ")
            .Field(column, "key", indent: "    ")
            // A French summary names a row with its article (le Canada) unless the column says its names take none;
            // the example names do not, and a translator who writes countries removes it and adds in_sentence forms.
            .Field(column, "no_article", others.Count > 0 ? "true" : null, indent: "    ", active: others.Count > 0)
            .Field(column, "id", "value", indent: "  - ")
            .Field(column, "label", Localized("Value"), indent: "    ")
            .Field(column, "type", "number", indent: "    ");
        foreach (var key in new[] { "unit", "scale", "max", "note" })
            writer.Field(column, key, indent: "    ", active: false);
        writer.Comment("A money column also needs 'currency' (" + string.Join(", ", FormatCatalog.Currencies) + ").", "    ");
        if (others.Count > 0) writer.Field(table, "untranslated", "[" + string.Join(", ", others) + "]");
        writer.Field(table, "rows", "");
        return writer
            .Comment("One line per row: a value for every column. Values may be 150, ~150, 5,000+, under 2, 6-8 or N/A.", "  ")
            .Line("  - { name: First, value: 150 }")
            .Line("  - { name: Second, value: \"~200\" }")
            .ToString();
    }
}
