using Site.Content;
using Site.Data;
using Site.Loading;
using Site.Tracking;

namespace Site.Build;

/// <summary>
/// What a cached render is checked against. The key holds what every render of the page depends on
/// whatever it reads: its own text, URL and layout, the build's settings, the site's structure (for
/// links) and, when templates run, the theme (templates, words, asset URLs). Everything else a render
/// depends on is what it was seen to read (<see cref="PageScope"/>): model values (replayed by
/// Site.Templates.ModelReads), data tables and pages shown as cards, each compared by digest here.
/// Nothing is guessed from the text of a template.
/// </summary>
internal sealed class RenderKeys
{
    public required string Structure { get; init; }
    public required string Theme { get; init; }
    public required IReadOnlyDictionary<string, string> Tables { get; init; }
    public required IReadOnlyDictionary<string, string> Pages { get; init; }

    /// <summary>
    /// For a build whose cache is thrown away (a plain build): nothing it renders is ever looked up,
    /// so nothing is hashed (the site's structure, theme, tables and every page's front matter).
    /// </summary>
    public static RenderKeys Unused { get; } = new()
    {
        Structure = "", Theme = "",
        Tables = new Dictionary<string, string>(StringComparer.Ordinal),
        Pages = new Dictionary<string, string>(StringComparer.Ordinal),
    };

    public static RenderKeys Compute(SourceSet sources, IReadOnlyList<Page> pages, IEnumerable<string> otherFiles, IEnumerable<string> drafts,
        IReadOnlyDictionary<string, DataTable> tables, IReadOnlyDictionary<string, string> assetUrls, BuildOptions options, string basePath, string? siteUrl, string language)
    {
        var settings = $"{basePath}\n{siteUrl}\n{options.IncludeDrafts}\n{language}\n{options.Repository}\n{options.Branch}";
        var templates = sources.Layouts.Concat(sources.Partials).Concat(sources.UiStrings).ToList();
        return new RenderKeys
        {
            Structure = ContentHash.Of(pages.Select(p => p.SourcePath + " " + p.Url).Concat(otherFiles.Order(StringComparer.Ordinal)).Concat(drafts).Append(settings)),
            Theme = ContentHash.Of(templates.Select(t => t.RelativePath + "\n" + t.Text).Concat(assetUrls.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "\n" + a.Value))),
            Tables = tables.ToDictionary(t => t.Key, t => ContentHash.Of(t.Value.Source.Text), StringComparer.Ordinal),
            Pages = pages.GroupBy(p => p.SourcePath, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ContentHash.Of(g.Select(p => p.Url + "\n" + p.Meta)), StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// A body's key: its text, place and the site's structure (its links); the theme too when it has
    /// {{ … }} (exactly when the renderer runs it as a template: asset, t and include read the theme).
    /// </summary>
    public string Body(Page page)
    {
        var body = page.Body;
        return ContentHash.Of(page.Source.FullPath, page.Source.Text, body, page.Url, page.Layout, Structure,
            body.Contains("{{", StringComparison.Ordinal) ? Theme : "");
    }

    public string Layout(Page page, string bodyHtml) =>
        ContentHash.Of(page.Source.FullPath, bodyHtml, page.Url, page.Layout, Structure, Theme);

    /// <summary>What a render read besides the model, with the digest each had then ("" for a name that did not exist).</summary>
    public RenderReads Snapshot(PageScope scope) => new(
        scope.UsedTables.ToDictionary(id => id, id => Tables.GetValueOrDefault(id, ""), StringComparer.Ordinal),
        scope.PagesShown.ToDictionary(path => path, path => Pages.GetValueOrDefault(path, ""), StringComparer.Ordinal),
        scope.Reads.Incomplete ? null : scope.Reads.Reads);

    /// <summary>True when every table and page the render read is as it was, and every model read gives what it gave.</summary>
    public bool Unchanged(RenderReads reads, Func<IReadOnlyList<ModelRead>, bool> modelReadsHold) =>
        reads.Model is not null
        && reads.Tables.All(t => Tables.GetValueOrDefault(t.Key, "") == t.Value)
        && reads.Pages.All(p => Pages.GetValueOrDefault(p.Key, "") == p.Value)
        && modelReadsHold(reads.Model);
}
