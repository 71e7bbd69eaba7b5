using System.Text;
using Site.Data;
using Site.Diagnostics;
using Site.Localization;

namespace Site.Content;

/// <summary>
/// Pages generated from the data tables: /data/ lists every table, and /data/&lt;id&gt;/ shows one
/// (its table, notes, sources and downloads), so every figure has a page to link to and search can
/// point at a row. Their bodies are ordinary Markdown with a ```table``` embed, so they are rendered
/// and checked like any page.
/// </summary>
public static class DataPages
{
    public const string IndexUrl = "/data/";

    /// <summary>Pages of the data section come after the content in every list.</summary>
    private const int Order = 100_000;

    /// <summary>
    /// One language's data pages: /data/… for the default language, /fr/data/… for French (the same
    /// tables, their titles and labels in that language, else in <paramref name="defaultLanguage"/>).
    /// <paramref name="underTable"/> gives the Markdown under a table (its provenance line, made by Sharing).
    /// </summary>
    public static IEnumerable<Page> Create(IReadOnlyList<DataTable> tables, string language, string defaultLanguage, string folder,
        string indexTitle, string indexDescription, Func<DataTable, string> underTable)
    {
        if (tables.Count == 0) yield break;
        var prefix = "/" + folder;
        foreach (var table in tables.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var title = table.Title.Get(language, defaultLanguage);
            var description = table.Description?.Get(language, defaultLanguage) ?? title;
            // The page's heading is the table's title: the caption names the table in full instead of repeating it.
            var body = $"```table\ntable: {table.Id}\ncaption: \"{GeneratedText.For(language).FullTable}\"\n```\n";
            body += underTable(table);
            yield return Synthetic(table.Source, title, description, body, $"{prefix}data/{table.Id}/", "data", language, table.Source.RelativePath);
        }

        var list = new StringBuilder();
        foreach (var table in tables.OrderBy(t => t.Title.Get(language, defaultLanguage), StringComparer.Ordinal))
        {
            var description = table.Description?.Get(language, defaultLanguage);
            list.Append("- [").Append(Escape(table.Title.Get(language, defaultLanguage))).Append("](").Append(prefix).Append("data/").Append(table.Id).Append("/)");
            if (description is not null) list.Append(GeneratedText.For(language).Colon).Append(Escape(description));
            list.Append('\n');
        }
        var dataFolder = Path.GetDirectoryName(tables[0].Source.FullPath)!;
        var source = new SourceFile(Path.Combine(dataFolder, "index.md"), Path.GetDirectoryName(tables[0].Source.DisplayPath) + "/index.md", folder + "data/index.md", list.ToString());
        yield return Synthetic(source, indexTitle, indexDescription, source.Text, prefix + "data/", "data", language, "data/index.md");
    }

    public static bool IsDataPage(Page page) => page.Generated && page.TreePath.StartsWith("data/", StringComparison.Ordinal) && page.Meta.Order == Order;

    private static Page Synthetic(SourceFile source, string title, string description, string body, string url, string layout, string language, string treePath)
    {
        var meta = new FrontMatter(title, description, layout, null, Order, false, null, null, null, null);
        return new Page(source, meta, PageBody.Written(body), url, url.TrimStart('/') + "index.html", layout) { Language = language, TreePath = treePath, Generated = true };
    }

    /// <summary>Markdown-escapes text that goes into a generated list (titles may hold * or [).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // '{' too: a body is a template, and a title's "{{ }}" is text, not code.
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#' or '|' or '{' or '}' or '&') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
