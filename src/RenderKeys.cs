using System.Text.RegularExpressions;
using Site.Caching;
using Site.Content;
using Site.Data;
using Site.Loading;

namespace Site;

/// <summary>
/// The digests a page's cached render is checked against: what every body depends on (the site's
/// structure, for links), what every layout depends on (templates, words, assets, every page's
/// title and place, for navigation), and each table's text.
/// </summary>
internal sealed partial class RenderKeys
{
    public required string Structure { get; init; }
    public required string SiteMeta { get; init; }
    public required string Theme { get; init; }
    public required IReadOnlyDictionary<string, string> Tables { get; init; }
    public required string AllTables { get; init; }
    public required bool TemplatesReadData { get; init; }

    public static RenderKeys Compute(SourceSet sources, IReadOnlyList<Page> pages, IEnumerable<string> otherFiles, IEnumerable<string> drafts,
        IReadOnlyDictionary<string, DataTable> tables, IReadOnlyDictionary<string, string> assetUrls, BuildOptions options, string basePath, string? siteUrl, string language)
    {
        var settings = $"{basePath}\n{siteUrl}\n{options.IncludeDrafts}\n{language}\n{options.Repository}\n{options.Branch}";
        var tableHashes = tables.ToDictionary(t => t.Key, t => ContentHash.Of(t.Value.Source.Text), StringComparer.Ordinal);
        var templates = sources.Layouts.Concat(sources.Partials).Concat(sources.UiStrings).ToList();
        return new RenderKeys
        {
            Structure = ContentHash.Of(pages.Select(p => p.SourcePath + " " + p.Url).Concat(otherFiles.Order(StringComparer.Ordinal)).Concat(drafts).Append(settings)),
            SiteMeta = ContentHash.Of(pages.Select(p => $"{p.Url}\n{p.Meta}").Append(sources.SiteConfig?.Text).Append(settings)),
            Theme = ContentHash.Of(templates.Select(t => t.RelativePath + "\n" + t.Text).Concat(assetUrls.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Value))),
            Tables = tableHashes,
            AllTables = ContentHash.Of(tableHashes.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + t.Value)),
            TemplatesReadData = templates.Any(t => DataAccess().IsMatch(t.Text)),
        };
    }

    /// <summary>
    /// A body's key. Plain Markdown depends on its text and the site's structure (its links). A body
    /// with {{ … }} also depends on the theme (asset, t), on every page's metadata if it reads `site`,
    /// and on every table if it reads `data` directly; tables read through `figure` and embeds are
    /// tracked one by one (<see cref="TablesUnchanged"/>).
    /// </summary>
    public string Body(Page page)
    {
        // A ```cards``` block shows other pages' titles and summaries.
        var readsPages = page.Body.Contains("```cards", StringComparison.Ordinal) ? SiteMeta : "";
        if (!page.Body.Contains("{{", StringComparison.Ordinal))
            return ContentHash.Of(page.Source.Text, page.Body, page.Url, page.Layout, Structure, readsPages);
        // Only the code between {{ and }} reads anything: prose like "the data." is not a read.
        var code = string.Join("\n", TemplateCode().Matches(page.Body).Select(m => m.Value));
        // include "partial" may read anything a partial reads: treat it like reading site and data.
        var includes = IncludeCall().IsMatch(code);
        return ContentHash.Of(page.Source.Text, page.Body, page.Url, page.Layout, Structure, Theme, readsPages,
            includes || SiteAccess().IsMatch(code) ? SiteMeta : "", includes || DataAccess().IsMatch(code) ? AllTables : "");
    }

    public bool TablesUnchanged(IReadOnlyDictionary<string, string> read) =>
        read.All(t => Tables.TryGetValue(t.Key, out var now) ? now == t.Value : t.Value == "");

    public string Layout(Page page, string bodyHtml) =>
        ContentHash.Of(bodyHtml, page.Url, page.Layout, page.Meta.ToString(), SiteMeta, Theme, TemplatesReadData ? AllTables : "");

    /// <summary>The tables a render read, with the digest each had then ("" for a name that did not exist).</summary>
    public IReadOnlyDictionary<string, string> Snapshot(IEnumerable<string> tablesRead) =>
        tablesRead.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => Tables.TryGetValue(id, out var hash) ? hash : "", StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\w.])data\s*[\[.]")]
    private static partial Regex DataAccess();

    [GeneratedRegex(@"(?<![\w.])(site|page)\s*\.")]
    private static partial Regex SiteAccess();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex TemplateCode();

    [GeneratedRegex(@"\{\{[~-]?\s*include\b")]
    private static partial Regex IncludeCall();
}
