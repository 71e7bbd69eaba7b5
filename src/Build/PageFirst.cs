using Site.Build.Stages;
using Site.Content;
using Site.Diagnostics;
using Site.Output;
using Site.Tracking;
using Site.Validation;
using Site.Localization;

namespace Site.Build;

/// <summary>
/// The preview's fast path for the most common edit: one page's body, its front matter unchanged.
/// That page is rendered alone, against the last build's context, by the same steps as the full
/// build's (<see cref="PageRendering"/>, the same cache keys), and is served at once; the full build
/// follows and finds the page in the cache. Anything else (front matter, a new or deleted page, a
/// table, the theme) returns null and waits for the full build, as does any error: the full build
/// reports it at its place. Links from the page and anchors into or out of it are checked here, so a
/// save that breaks one is never served first.
/// </summary>
internal static class PageFirst
{
    /// <summary>What the edit produced: the page and its output file (to replace in the last snapshot), and how many anchors were checked.</summary>
    public sealed record Rendered(Page Page, OutputFile File, int AnchorsChecked);

    public static Rendered? TryRender(BuildCache cache, BuildContext last, SourceFile file)
    {
        using var languageScope = Site.Localization.LanguageBook.Use(last.LanguageRules);
        using var languageRules = LanguageBook.Use(last.LanguageRules);
        var parsing = new DiagnosticBag();
        var page = cache.Parse(file, last.LanguagesKey, (f, bag) => PageParser.Parse(f, last.Languages, bag), parsing);
        if (page is null || parsing.HasErrors) return null;
        var index = -1;
        for (var i = 0; i < last.Pages.Count; i++)
        {
            if (last.Pages[i].Source.FullPath != file.FullPath) continue;
            if (index >= 0) return null; // one file, two pages: not a simple edit
            index = i;
        }
        // Only the body (and the text around it) may differ: same front matter, URL, layout, language.
        if (index < 0 || page with { Source = last.Pages[index].Source, BodyText = last.Pages[index].BodyText } != last.Pages[index]) return null;

        var edit = last.Models.ForNewBody(index, page, last.BasePath, last.SiteUrl);
        var bodyScope = new PageScope();
        var result = PageRendering.Body(last, page, edit.ExpandBody, bodyScope);
        if (result is null || bodyScope.Diagnostics.HasErrors) return null;
        var body = PageRendering.Kept(last, page, result, bodyScope);

        edit.AddBody(result);
        var layoutScope = new PageScope();
        var html = edit.RenderPage(layoutScope);
        if (html is null || layoutScope.Diagnostics.HasErrors) return null;
        var layout = new BuildCache.Layout(last.Keys.Layout(page, result.Html), last.Keys.Snapshot(layoutScope), html,
            layoutScope.Diagnostics.Sorted(), HtmlIds.Collect(html), PageReferences.Collect(html));

        // Anchors out of the page, and every other page's anchors into it, against its new ids.
        var ids = new Dictionary<string, IReadOnlySet<string>>(last.IdsByUrl, StringComparer.Ordinal) { [page.Url] = layout.Ids };
        var anchors = body.Anchors.Concat(last.Bodies.Where((_, i) => i != index).SelectMany(b => b.Anchors).Where(a => a.TargetUrl == page.Url)).ToList();
        var checking = new DiagnosticBag();
        AnchorChecker.Check(anchors, ids, checking);
        if (checking.HasErrors) return null;

        cache.Bodies[page.Url] = body;
        cache.Layouts[page.Url] = layout;
        return new Rendered(page, new OutputFile(page.OutputPath, RenderedPageMemo.Bytes(html), null), anchors.Count);
    }
}
