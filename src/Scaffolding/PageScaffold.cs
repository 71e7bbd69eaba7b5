using Site.Formats;

namespace Site.Scaffolding;

/// <summary>`new page NAME`: a page with every front-matter key, the optional ones commented out.</summary>
public static class PageScaffold
{
    public static string Text(string name)
    {
        var format = FormatCatalog.FrontMatter;
        var title = ScaffoldWriter.TitleFrom(name);
        var writer = new ScaffoldWriter()
            .Line("---")
            .Comment("Front matter: every key is explained in docs/content-format.md (Pages). Remove '# ' to use a key.")
            .Field(format, "title", ScaffoldWriter.Quote(title))
            .Field(format, "description", ScaffoldWriter.Quote($"What a reader learns on the page about {title.ToLowerInvariant()}."))
            .Field(format, "order", "100");
        foreach (var key in new[] { "summary", "layout", "draft", "slug", "date", "updated" })
            writer.Field(format, key, active: false);
        return writer
            .Line("---")
            .Line()
            .Line("Write the page here in Markdown: paragraphs, `## Headings`, lists and [links](index.md).")
            .Line()
            .Line("A number from a data table is written with `{{ figure \"TABLE\" \"ROW\" \"COLUMN\" }}`, a whole table with a")
            .Line("```` ```table ```` block and a chart with a ```` ```chart ```` block; `dotnet run -- new chart` writes one for you.")
            .ToString();
    }
}
