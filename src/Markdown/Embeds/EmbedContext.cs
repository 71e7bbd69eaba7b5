using Site.Charts;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Tracking;

namespace Site.Markdown.Embeds;

/// <summary>What an embed sees while it turns its YAML block into HTML.</summary>
public sealed class EmbedContext(
    SourceFile file,
    IReadOnlyDictionary<string, DataTable> tables,
    string language,
    string fallbackLanguage,
    string basePath,
    Func<string, SourceLocation, Page?> resolvePage,
    PageScope scope)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public SourceFile File { get; } = file;
    public IReadOnlyDictionary<string, DataTable> Tables { get; } = tables;
    public string Language { get; } = language;
    /// <summary>
    /// The site's default language: the language of text written once (a plain <c>label:</c>), and
    /// the text shown where a localized text lacks the page's language (reported as I18N004).
    /// </summary>
    public string FallbackLanguage { get; } = fallbackLanguage;
    public DiagnosticBag Diagnostics { get; } = scope.Diagnostics;

    /// <summary>
    /// Where the page's charts are embedded and cited from (Site.Sharing.ChartEmbeds.LinksFor); null
    /// where charts get no Embed view (a theme without an embed layout, a test).
    /// </summary>
    public ChartShareLinks? ChartShare { get; init; }

    /// <summary>The charts the body drew, in order, for their embed pages.</summary>
    public List<DrawnChart> Charts { get; } = [];

    /// <summary>Records that the page shows a table, so editing the table re-renders the page.</summary>
    public void Use(string tableId) => scope.UsedTables.Add(tableId);
    public string BasePath { get; } = basePath;

    /// <summary>
    /// Where the tables' CSV and JSON files in the page's language are published: "/repo/data/" for the
    /// default language, "/repo/fr/data/" for French (same values, headers and labels in that language).
    /// </summary>
    public string DataUrl => Content.BasePath.Apply(BasePath, Language == FallbackLanguage ? "/data/" : "/" + Language + "/data/");

    /// <summary>The page a source path names, relative to the current page; null after a located error.</summary>
    public Page? ResolvePage(string sourcePath, SourceLocation at) => resolvePage(sourcePath, at);

    /// <summary>An element id unique on the page: "table-x", then "table-x-2" for a second embed.</summary>
    public string UniqueId(string wanted)
    {
        var count = _ids.TryGetValue(wanted, out var seen) ? seen + 1 : 1;
        _ids[wanted] = count;
        return count == 1 ? wanted : $"{wanted}-{count}";
    }
}
