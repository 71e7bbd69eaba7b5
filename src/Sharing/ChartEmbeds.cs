using Site.Charts;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Loading;
using Site.Markdown;
using Site.Output;
using Site.Tracking;
using Site.Validation;

namespace Site.Sharing;

/// <summary>
/// Every chart's embed: a minimal page in the chart's language that holds the chart alone (its
/// title, views, summary and source line) and a link back to its page, at
/// <c>/&lt;lang&gt;/embed/&lt;page path&gt;/&lt;chart id&gt;.html</c> (English at <c>/embed/…</c>, the home page's
/// charts under <c>embed/index/</c>): a file, not a folder's index.html, since it is no page of the site
/// (no sitemap, feed, search or menu entry); beside it, when the site's address is known, its oEmbed JSON
/// (<c>&lt;chart id&gt;.oembed.json</c>); and the chart's citation downloads (<see cref="ChartCitations"/>).
/// The page is rendered by the theme's <c>layouts/embed.sbn-html</c> alone (no base layout: no header,
/// menu or footer); a theme without that layout gets no embeds and no Embed view.
/// Planned once the bodies are rendered (only they know which charts a page draws, and their ids).
/// </summary>
public sealed class ChartEmbeds
{
    public const string Layout = "embed";

    /// <summary>One chart's embed. Paths are inside output/; URLs have the base path (and the origin where named).</summary>
    /// <param name="PagePath">fr/embed/pillars/compute/chart-x.html</param>
    /// <param name="Url">/fr/embed/pillars/compute/chart-x.html</param>
    /// <param name="Permalink">The absolute URL, or null without the site's address.</param>
    /// <param name="OEmbedPath">fr/embed/pillars/compute/chart-x.oembed.json, or null without the site's address.</param>
    /// <param name="OEmbedUrl">Its absolute URL, or null.</param>
    /// <param name="BackUrl">The chart on its page: /fr/pillars/compute/#chart-x.</param>
    /// <param name="CiteStem">fr/cite/pillars/compute.chart-x (its .bib, .json and .ris).</param>
    /// <param name="CardPath">Its own social card (site name, chart title, the chart's bars): fr/cards/pillars/compute.chart-x.&lt;key&gt;.png, or null when the theme draws none.</param>
    public sealed record Embed(int PageIndex, Page Page, DrawnChart Chart, string PagePath, string Url, string? Permalink, string? OEmbedPath, string? OEmbedUrl,
        string BackUrl, Citation Citation, string CiteStem, string? CardPath, string SiteName, string? HomeUrl)
    {
        /// <summary>The card's absolute URL (oEmbed's thumbnail), or null.</summary>
        public string? CardUrl => CardPath is null || Permalink is null ? null : Permalink[..^PagePath.Length] + CardPath;
    }

    private ChartEmbeds(IReadOnlyList<Embed> all) => All = all;

    public IReadOnlyList<Embed> All { get; }

    /// <summary>True when the theme (or the base theme under it) has <c>layouts/embed.sbn-html</c>.</summary>
    public static bool ThemeHasLayout(SourceSet sources) => sources.Layouts.Any(l => l.RelativePath == $"layouts/{Layout}.sbn-html");

    /// <summary>Where the page's charts are embedded and cited from; null for a page that has none (a 404 page) or a theme without the layout.</summary>
    public static ChartShareLinks? LinksFor(Page page, string languageFolder, string basePath, string? siteUrl, bool themeHasLayout)
    {
        if (!themeHasLayout || !PageCitations.IsCited(page)) return null;
        var stem = PageCitations.Stem(page, languageFolder);
        return new ChartShareLinks(BasePath.Apply(basePath, $"/{languageFolder}embed/{stem}/"), BasePath.Apply(basePath, $"/{languageFolder}cite/{stem}"), siteUrl);
    }

    /// <summary>
    /// The embeds of the charts the bodies drew. Their files must not land where another file of the
    /// build does (SITE006: at the file copied from input/ that is in the way, else at the chart's page;
    /// no page can be in the way, as a page is published as a folder's index.html).
    /// </summary>
    /// <param name="otherFiles">The files besides pages, each "/path" (content files copied from input/ and generated files).</param>
    public static ChartEmbeds Plan(IReadOnlyList<Page> pages, IReadOnlyList<MarkdownResult?> bodies, SiteSharing sharing, IReadOnlyDictionary<string, DataTable> tables,
        Func<string, string> languageFolder, string basePath, string? siteUrl, IEnumerable<string> otherFiles, IReadOnlyList<StaticFile> contentFiles, string displayRoot, DiagnosticBag diagnostics)
    {
        var embeds = new List<Embed>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (bodies[i] is not { Charts.Count: > 0 } body || sharing.For(i) is not { } entry) continue;
            var page = pages[i];
            var folder = languageFolder(page.Language);
            var links = LinksFor(page, folder, basePath, siteUrl, themeHasLayout: true)!;
            var siteName = entry.Citation.SiteName;
            var home = siteUrl is null ? null : siteUrl + BasePath.Apply(basePath, "/" + folder);
            foreach (var chart in body.Charts)
            {
                var url = links.EmbedPath(chart.Id);
                var file = url[basePath.Length..];
                var oembed = file[..^".html".Length] + ".oembed.json";
                var citation = ChartCitations.For(entry.Citation, chart, tables);
                var card = sharing.AddCard($"{folder}cards/{PageCitations.Stem(page, folder)}.{chart.Id}", new CardContent(siteName, chart.Title, page.Language, chart.Bars, chart.Highlight));
                embeds.Add(new Embed(i, page, chart, file, url, siteUrl is null ? null : siteUrl + url,
                    siteUrl is null ? null : oembed, siteUrl is null ? null : siteUrl + basePath + oembed,
                    BasePath.Apply(basePath, page.Url) + "#" + chart.Id, citation, links.CiteUrl(chart.Id, "")[basePath.Length..^1], card, siteName, home));
            }
        }
        var plan = new ChartEmbeds(embeds);
        plan.CheckPaths(otherFiles, contentFiles, displayRoot, diagnostics);
        return plan;
    }

    /// <summary>Every file the embeds add, for the files links resolve against (LINK005).</summary>
    public IEnumerable<string> FileNames() => All.SelectMany(e => new[] { e.PagePath, e.OEmbedPath, e.CardPath }.OfType<string>()
        .Concat(PageCitations.Extensions.Select(x => $"{e.CiteStem}.{x}")));

    private void CheckPaths(IEnumerable<string> otherFiles, IReadOnlyList<StaticFile> contentFiles, string displayRoot, DiagnosticBag diagnostics)
    {
        var mine = new HashSet<string>(FileNames(), StringComparer.Ordinal);
        if (mine.Count == 0) return;
        PageChecks.CheckOutputPathsAreUnique(contentFiles, mine, displayRoot, diagnostics);
        // A generated file in the way (another page's citation, when a page's name holds a dot: cite/a.chart-x.bib)
        // is reported once per chart, at the chart's page. Content files are reported above, at themselves.
        var content = new HashSet<string>(contentFiles.Select(f => f.RelativePath), StringComparer.Ordinal);
        var taken = new HashSet<string>(otherFiles.Select(f => f[1..]).Where(f => !content.Contains(f)), StringComparer.Ordinal);
        foreach (var embed in All)
        {
            var files = new[] { embed.PagePath, embed.OEmbedPath, embed.CardPath }.OfType<string>().Concat(PageCitations.Extensions.Select(x => $"{embed.CiteStem}.{x}"));
            if (files.FirstOrDefault(taken.Contains) is not { } other) continue;
            diagnostics.Add(new Diagnostic(embed.Page.Source.DisplayPath, 1, 1, Codes.SITE006,
                $"the chart '{embed.Chart.Id}' of this page would have its embed files where the build already writes /{other}; rename this page or the other one"));
        }
    }

    /// <summary>Each embed's oEmbed JSON, when the site's address is known.</summary>
    public IEnumerable<OutputFile> OEmbedFiles() => All.Where(e => e.OEmbedPath is not null).Select(e => OutputFile.Text(e.OEmbedPath!,
        OEmbed.Write(e.Chart.Title, e.SiteName, e.HomeUrl!, e.Citation.Author, EmbedSnippet.Html(e.Permalink!, e.Chart.Title), EmbedSnippet.DefaultHeight, e.CardUrl)));

    public IEnumerable<OutputFile> CitationFiles() => All.SelectMany(e => new[]
    {
        OutputFile.Text(e.CiteStem + ".bib", BibTeX.Write(e.Citation)),
        OutputFile.Text(e.CiteStem + ".json", CslJson.Write(e.Citation)),
        OutputFile.Text(e.CiteStem + ".ris", Ris.Write(e.Citation)),
    });

    /// <summary>
    /// Renders every embed page with <paramref name="render"/> (the theme's embed layout alone) and
    /// checks what each page loads and links against the files the build writes (LINK005).
    /// Returns the pages, or an empty list when one failed (its error is reported).
    /// </summary>
    /// <param name="render">Renders one embed's page into HTML, its errors in the scope's bag; null when it failed.</param>
    /// <param name="written">Every file the build writes, each "/path".</param>
    public List<OutputFile> Render(Func<Embed, PageScope, string?> render, IReadOnlySet<string> written, string basePath, string? siteUrl,
        IReadOnlyList<SourceFile> layoutFiles, Func<string, string> displayOutput, DiagnosticBag diagnostics)
    {
        var html = new string?[All.Count];
        var scopes = new PageScope[All.Count];
        Parallel.For(0, All.Count, i =>
        {
            scopes[i] = new PageScope(recordReads: false);
            html[i] = render(All[i], scopes[i]);
        });
        foreach (var scope in scopes) diagnostics.AddRange(scope.Diagnostics.Sorted());
        var check = new OutputReferences(basePath, siteUrl, written, diagnostics);
        var files = new List<OutputFile>();
        for (var i = 0; i < All.Count; i++)
        {
            if (html[i] is not { } page) continue;
            check.Check(All[i].Url[(basePath.Length - 1)..], PageReferences.Collect(page), () => layoutFiles, displayOutput(All[i].PagePath),
                $"the page was made by layouts/{Layout}.sbn-html");
            files.Add(OutputFile.Text(All[i].PagePath, page));
        }
        check.Report();
        return html.Any(h => h is null) ? [] : files;
    }
}
