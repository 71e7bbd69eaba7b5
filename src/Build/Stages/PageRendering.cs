using Site.Content;
using Site.Markdown;
using Site.Markdown.Embeds;
using Site.Templates;
using Site.Tracking;
using Site.Sharing;

namespace Site.Build.Stages;

/// <summary>
/// One page's two renders, the same for a full build (<see cref="RenderStage"/>) and for the
/// preview's page rendered first (<see cref="PageFirst"/>): its body (template code, then Markdown
/// with embeds and checked links) and its layouts.
/// </summary>
internal static class PageRendering
{
    /// <summary>The body: null when its template code failed (the error is in the scope).</summary>
    public static MarkdownResult? Body(BuildContext build, Page page, Func<PageScope, string?> expandBody, PageScope scope)
    {
        var expanded = expandBody(scope);
        if (expanded is null) return null;
        var embeds = new EmbedContext(page.Source, build.Tables, page.Language, build.Language, build.BasePath,
            (path, at) => ShowPage(build.Links.ResolvePage(page, path, at, path, scope.Diagnostics), scope), scope)
        {
            // Where its charts are embedded and cited from (src/Sharing/ChartEmbeds.cs).
            ChartShare = ChartEmbeds.LinksFor(page, build.Languages.Folder(page.Language), build.BasePath, build.SiteUrl, build.ThemeHasEmbedLayout),
        };
        return build.Markdown.Render(page.Source, expanded, embeds, (url, at) => build.Links.Resolve(page, url, at, scope));
    }

    /// <summary>What a render keeps of its body, with the key and reads that say when it may be reused.</summary>
    public static BuildCache.Body Kept(BuildContext build, Page page, MarkdownResult? result, PageScope scope) =>
        new(build.Reusable ? build.Keys.Body(page) : "", build.ReadsOf(scope), result, scope.Diagnostics.Sorted(), scope.Anchors);

    /// <summary>A page shown as a card: its title and summary are read, so the render depends on them.</summary>
    private static Page? ShowPage(Page? page, PageScope scope)
    {
        if (page is not null) scope.PagesShown.Add(page.SourcePath);
        return page;
    }
}
