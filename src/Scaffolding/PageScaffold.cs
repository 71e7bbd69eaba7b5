using Site.Formats;

namespace Site.Scaffolding;

/// <summary>`new page NAME`: a page with every front-matter key, the optional ones commented out.</summary>
public static class PageScaffold
{
    /// <param name="untranslated">A twin in another language: its text is the default language's until translated (untranslated: true).</param>
    public static string Text(string name, bool untranslated = false)
    {
        var format = FormatCatalog.FrontMatter;
        var title = ScaffoldWriter.TitleFrom(name);
        var writer = new ScaffoldWriter()
            .Line("---")
            .Comment("Front matter: every key is explained in docs/content-format.md (Pages). Remove '# ' to use a key.")
            .Field(format, "title", ScaffoldWriter.Quote(title))
            .Field(format, "description", ScaffoldWriter.Quote($"What a reader learns on the page about {title.ToLowerInvariant()}."))
            .Field(format, "order", "100");
        if (untranslated) writer.Field(format, "untranslated", "true");
        foreach (var key in new[] { "summary", "layout", "draft", "slug", "date", "updated" })
            writer.Field(format, key, active: false);
        return writer
            .Line("---")
            .Line()
            .Line("Write the page here in Markdown: paragraphs, `## Headings`, lists, and links to other pages by their .md file.")
            .Line()
            // No {{ … }} here: the body is a template, and a placeholder would be an error until replaced.
            .Line("To quote a number from a data table, show a table or draw a chart, see docs/content-format.md;")
            .Line("`dotnet run -- new chart NAME --table TABLE` writes a page with a chart for you.")
            .ToString();
    }
}
