using Site.Content;
using Site.Localization;
using Site.Markdown;
using Site.Templates;
using Site.Tracking;
using Site.Validation;

namespace Site.Build.Stages;

/// <summary>
/// Render: the template models, then every page's body (figures, Markdown, embeds, links) and every
/// page through its layouts, each in parallel. A page whose inputs did not change since the cache's
/// build is reused. A plain build writes each page into the staging folder as soon as it is rendered
/// and keeps only what later stages need of it (the ids its anchor check needs and its dead references),
/// not its HTML; once every page is rendered it lets go of the models and the bodies' HTML too.
/// </summary>
internal static class RenderStage
{
    public static void Run(BuildContext build)
    {
        var pages = build.Pages;
        var languages = build.Languages;
        var models = build.Models = new RenderModels(pages, build.Templates, build.BasePath, build.SiteUrl, p => EditLink.For(build.Repository, build.Branch, p));
        for (var i = 0; i < pages.Count; i++)
            models.AddTranslations(i, LanguageVersions.Switcher(pages[i], build.Index, languages, build.UiStrings, build.BasePath),
                LanguageVersions.Alternates(pages[i], build.Index, languages, build.BasePath, build.SiteUrl));
        for (var i = 0; i < pages.Count; i++)
            models.AddSharing(i, build.Sharing.For(i), build.BasePath, string.Format(SharingWords.For(pages[i].Language).CardAlt, pages[i].Meta.Title));
        models.FreezePages();
        build.PagesOf = languages.All.ToDictionary(lang => lang, lang => (IReadOnlyList<int>)Enumerable.Range(0, pages.Count).Where(i => pages[i].Language == lang).ToList(), StringComparer.Ordinal);
        // One renderer per language: its pages are site.pages, its navigation, home, feed and words.
        var config = build.Config with { Repository = build.Repository, Branch = build.Branch };
        foreach (var lang in languages.All)
            models.AddLanguage(lang, config, build.SiteUrl, build.BasePath, PageChecks.Navigation(build.Config, build.Index, pages, build.BasePath, lang, build.Diagnostics),
                build.PagesOf[lang], "/" + languages.Folder(lang), build.Assets.UrlByAsset, build.Tables, build.UiStrings, recordsReads: build.Reusable);
        build.Markdown = MarkdownRenderer.ForSite();
        build.Fresh = new bool[pages.Count];

        RenderBodies(build);
        // Bodies are done: publish them to the models (single-threaded). Previous and next stay within one language.
        for (var i = 0; i < pages.Count; i++) models.AddBody(i, build.Bodies[i].Result);
        foreach (var output in build.Outputs) output.AfterBodies(build);
        foreach (var lang in languages.All)
            models.LinkNeighbours(build.PagesOf[lang], build.PagesOf[lang].Select(i => !NotFoundPage.Is(pages[i]) && !DataPages.IsDataPage(pages[i])).ToList());

        if (!build.Diagnostics.HasErrors)
            foreach (var output in build.Outputs) output.Begin(build);
        RenderLayouts(build);
        foreach (var output in build.Outputs) output.AfterLayouts(build);
        build.Cache.KeepOnly(pages.Select(p => p.Url), build.Sources.Pages.Concat(build.Sources.DataTables).Select(f => f.FullPath));
        foreach (var body in build.Bodies) build.Diagnostics.AddRange(body.Diagnostics);
        foreach (var layout in build.Layouts.OfType<BuildCache.Layout>()) build.Diagnostics.AddRange(layout.Diagnostics);
        if (!build.Reusable) ReleaseRendering(build);
    }

    /// <summary>
    /// A build that keeps no cache renders nothing more: the page models (every body's HTML among them,
    /// as <c>page.content</c>) and the bodies' HTML and charts are let go before Validate and Write, which
    /// read only a body's facts (headings for search, embed counts, anchors, diagnostics). They cannot go
    /// page by page as layouts finish: any layout may read any page of its language (<c>site.pages</c>).
    /// The preview keeps all of it: an edited page is rendered first against it (<see cref="PageFirst"/>).
    /// </summary>
    private static void ReleaseRendering(BuildContext build)
    {
        build.Models = null!;
        var bodies = build.Bodies;
        for (var i = 0; i < bodies.Length; i++)
            if (bodies[i].Result is { } result) bodies[i] = bodies[i] with { Result = result.Facts() };
        // What was let go has lived since the bodies rendered: it is in the oldest generation, which the GC
        // collects only when that generation's budget is spent. Until then Validate and Write (the search
        // index, the sitemap, the feed) allocated beside it, and the build's peak came after the layouts.
        // One full collection here took 5,000 pages' peak from 154 to 146–148 MB (Native AOT; 27–29 ms with a
        // 68 MB heap, JIT). On a small site it frees little for its time (the explainer: 9–16 ms for 1–4 MB).
        if (GC.GetTotalMemory(forceFullCollection: false) > CollectAbove) GC.Collect();
    }

    /// <summary>The managed heap above which a plain build collects once its models are let go (5,000 pages: about 68 MB; 1,000: 15 MB).</summary>
    private const long CollectAbove = 32L << 20;

    private static void RenderBodies(BuildContext build)
    {
        var pages = build.Pages;
        var cache = build.Cache;
        build.Progress.BeginPages("rendering", pages.Count);
        var bodies = build.Bodies = new BuildCache.Body[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            try { RenderBody(i); }
            finally { build.Progress.PageDone(); }
        });
        void RenderBody(int i)
        {
            var page = pages[i];
            if (cache.Bodies.TryGetValue(page.Url, out var cached) && cached.Key == (build.Reusable ? build.Keys.Body(page) : "")
                && build.Keys.Unchanged(cached.Read, reads => build.Models.StillTrue(i, reads)))
            {
                bodies[i] = cached;
                return;
            }
            build.Fresh[i] = true;
            var scope = new PageScope(recordReads: build.Reusable);
            var result = PageRendering.Body(build, page, s => build.Models.ExpandBody(i, s), scope);
            bodies[i] = PageRendering.Kept(build, page, result, scope);
            if (build.Reusable) cache.Bodies[page.Url] = bodies[i];
        }
    }

    private static void RenderLayouts(BuildContext build)
    {
        var pages = build.Pages;
        var cache = build.Cache;
        build.Progress.BeginPages("applying layouts", pages.Count);
        var layouts = build.Layouts = new BuildCache.Layout?[pages.Count];
        // Pages are streamed only when no error is known yet (two pages with one output path must not both be written).
        var stream = build.Diagnostics.HasErrors ? null : build.Staging;
        var streamed = build.Streamed = new bool[pages.Count];
        // A plain build reads only the ids its anchor check needs; the preview keeps every page's.
        var anchorTargets = build.Reusable ? null : new AnchorTargets(build.Bodies.SelectMany(b => b.Anchors));
        // And only its dead references (the files it writes are all known now); the preview keeps every
        // page's, as a cached page may be reused by a build that writes other files.
        var deadReferences = build.Reusable ? null : new OutputReferences(build.BasePath, build.SiteUrl, build.WrittenPaths(), new Diagnostics.DiagnosticBag());
        Parallel.For(0, pages.Count, i =>
        {
            try { RenderLayout(i); }
            finally { build.Progress.PageDone(); }
        });
        void RenderLayout(int i)
        {
            if (build.Bodies[i].Result is not { } body) return;
            var key = build.Reusable ? build.Keys.Layout(pages[i], body.Html) : "";
            if (cache.Layouts.TryGetValue(pages[i].Url, out var cached) && cached.Key == key
                && build.Keys.Unchanged(cached.Read, reads => build.Models.StillTrue(i, reads)))
            {
                layouts[i] = cached;
                return;
            }
            build.Fresh[i] = true;
            var scope = new PageScope(recordReads: build.Reusable);
            var html = build.Models.RenderPage(i, scope);
            IReadOnlySet<string> ids = html is null ? new HashSet<string>()
                : anchorTargets is null ? HtmlIds.Collect(html) : anchorTargets.IdsOf(pages[i].Url, body, html);
            // What the page loads and links (checked against the files the build writes once all are known).
            IReadOnlyList<Reference> references = html is null ? [] : PageReferences.Collect(html);
            if (deadReferences is not null) references = deadReferences.DeadOnly(pages[i].Url, references);
            if (stream is not null && html is not null)
            {
                // Written now, kept no longer: later stages need the page's ids, not its HTML.
                stream.WritePage(pages[i].OutputPath, html);
                streamed[i] = true;
                html = null;
            }
            layouts[i] = new BuildCache.Layout(key, build.ReadsOf(scope), html, scope.Diagnostics.Sorted(), ids, references);
            if (build.Reusable) cache.Layouts[pages[i].Url] = layouts[i]!;
        }
    }
}
