using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Site.Charts;
using Site.Sharing;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests.Sharing;

/// <summary>
/// Chart embeds (issue 26): a minimal page per chart, the Embed view's snippet, the oEmbed JSON and its
/// discovery links, and each chart's citation, on the real site built in memory with and without a site URL.
/// </summary>
public sealed class ChartEmbedTests
{
    private static readonly Lazy<BuildResult> WithUrl = new(() =>
        SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", SiteUrl: "https://example.org", DisplayRoot: Repo.Root)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static Dictionary<string, string> Texts(BuildResult site) => site.Files
        .Where(f => f.Content is not null && !f.RelativePath.EndsWith(".png", StringComparison.Ordinal))
        .ToDictionary(f => f.RelativePath, f => Encoding.UTF8.GetString(f.Content!), StringComparer.Ordinal);

    private static AngleSharp.Dom.IDocument Html(string text) => new HtmlParser().ParseDocument(text);

    private static bool IsEmbedPage(string path) => path.Contains("embed/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal);

    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    [Fact]
    public void An_embed_page_holds_the_chart_its_title_summary_source_and_a_link_back_under_the_site_s_CSP_without_header_menu_or_footer()
    {
        var files = Texts(WithUrl.Value);
        var page = Html(files["brain-drain/index.html"]);
        var figure = page.QuerySelector("figure#chart-companies")!;
        var embed = Html(files["embed/brain-drain/chart-companies.html"]);

        Assert.Equal("en", embed.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Csp, embed.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
        Assert.Equal(Csp, page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
        // The chart's title is the page's heading; its summary, source line and notes as on its page.
        var title = figure.QuerySelector(".chart-title")!.TextContent;
        Assert.Equal("Cohere raised the most, and its headquarters left for the U.S.", title);
        Assert.Equal(title, embed.QuerySelector("h1.chart-title")!.TextContent);
        Assert.StartsWith(title + " · ", embed.Title);
        var summary = figure.QuerySelector(".chart-summary")!.TextContent;
        Assert.Equal(summary, embed.QuerySelector("figure#chart-companies .chart-summary")!.TextContent);
        Assert.Equal(summary, embed.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Equal(figure.QuerySelector(".chart-source")!.TextContent, embed.QuerySelector(".chart-source")!.TextContent);
        Assert.StartsWith("Source: ", embed.QuerySelector(".chart-source")!.TextContent);
        // The chart's figure JSON is the page's: the same drawing.
        Assert.Equal(figure.QuerySelector("script.chart-figure")!.TextContent, embed.QuerySelector("script.chart-figure")!.TextContent);
        // Chart, Table and Download views; the Embed view stays on the chart's page.
        Assert.Equal(["Chart", "Table", "Download"], embed.QuerySelectorAll("[role=tab]").Select(t => t.TextContent));
        Assert.Equal(["Chart", "Table", "Download", "Embed"], figure.QuerySelectorAll("[role=tab]").Select(t => t.TextContent));
        // Back to the chart in its page, in a new tab (the frame stays in its host).
        var back = embed.QuerySelector("p.embed-back a")!;
        Assert.Equal("/brain-drain/#chart-companies", back.GetAttribute("href"));
        Assert.Equal("_blank", back.GetAttribute("target"));
        Assert.Equal(page.QuerySelector("h1")!.TextContent, back.TextContent);
        Assert.StartsWith("See this chart in its article: ", embed.QuerySelector("p.embed-back")!.TextContent);
        // Minimal: none of the site's header, menu, search, skip link or footer; its own footer holds the back link and the citation.
        Assert.Empty(embed.QuerySelectorAll("header, nav, .site-header, .site-footer, .skip-link, .search, .pager, .language-switch, .theme-toggle"));
        Assert.Single(embed.QuerySelectorAll("main"));
        Assert.Equal(["embed-footer"], embed.QuerySelectorAll("footer").Select(f => f.ClassName));
        Assert.NotNull(embed.QuerySelector("footer.embed-footer p.embed-back a"));
        Assert.NotNull(embed.QuerySelector("footer.embed-footer details.embed-cite"));
        // Only the site's own scripts, the chart's and the one that tells the host its height.
        var scripts = embed.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.All(scripts, s => Assert.StartsWith("/assets/js/", s));
        Assert.Contains(scripts, s => s.StartsWith("/assets/js/charts.", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.StartsWith("/assets/js/embed.", StringComparison.Ordinal));
        Assert.Equal("chart-companies", embed.QuerySelector("script[data-embed]")!.GetAttribute("data-embed"));
        Assert.Empty(embed.QuerySelectorAll("script:not([src]):not([type='application/json'])"));
    }

    [Fact]
    public void A_French_chart_gets_a_French_embed_page_under_fr_with_French_words_and_typography()
    {
        var files = Texts(WithUrl.Value);
        var page = Html(files["fr/brain-drain/index.html"]);
        var embed = Html(files["fr/embed/brain-drain/chart-companies.html"]);
        Assert.Equal("fr", embed.DocumentElement.GetAttribute("lang"));
        Assert.Equal(page.QuerySelector("figure#chart-companies .chart-title")!.TextContent, embed.QuerySelector("h1.chart-title")!.TextContent);
        Assert.StartsWith("Cohere a obtenu", embed.QuerySelector("h1.chart-title")!.TextContent);
        Assert.Equal(["Graphique", "Tableau", "Télécharger"], embed.QuerySelectorAll("[role=tab]").Select(t => t.TextContent));
        Assert.StartsWith("Voir ce graphique dans son article\u00A0: ", embed.QuerySelector("p.embed-back")!.TextContent);
        Assert.Equal("/fr/brain-drain/#chart-companies", embed.QuerySelector("p.embed-back a")!.GetAttribute("href"));
        Assert.Equal("Citer ce graphique", embed.QuerySelector("details.embed-cite summary")!.TextContent);
        Assert.StartsWith("Équipe du dossier AI for All, \u00AB\u202FCohere a obtenu", embed.QuerySelector(".cite-text")!.TextContent);
        Assert.Contains("/fr/data/companies.csv", embed.QuerySelector(".chart-panel-download")!.InnerHtml);
        var panel = page.QuerySelector("#chart-companies-embed")!;
        Assert.Equal("Intégrer", page.QuerySelector("#chart-companies-tab-embed")!.TextContent);
        Assert.Equal("Code HTML pour intégrer ce graphique", panel.QuerySelector("label")!.TextContent);
        Assert.Equal("Citer ce graphique\u00A0: BibTeX · CSL-JSON · RIS", panel.QuerySelector(".embed-cite")!.TextContent);
    }

    [Fact]
    public void Every_chart_of_every_page_has_an_embed_page_an_oEmbed_file_a_discovery_link_and_a_citation_and_chart_free_pages_carry_no_chart_code()
    {
        var site = WithUrl.Value;
        var files = Texts(site);
        var charts = 0;
        foreach (var (path, text) in files.Where(f => f.Key.EndsWith("index.html", StringComparison.Ordinal)))
        {
            var page = Html(text);
            var folder = path.StartsWith("fr/", StringComparison.Ordinal) ? "fr/" : "";
            var stem = path == folder + "index.html" ? "index" : path[folder.Length..^"/index.html".Length];
            var figures = page.QuerySelectorAll("figure[data-chart]").Select(f => f.Id!).ToList();
            var discovery = page.QuerySelectorAll("link[rel=alternate][type='application/json+oembed']").ToList();
            Assert.Equal(figures.Select(id => $"https://example.org/{folder}embed/{stem}/{id}.oembed.json"), discovery.Select(l => l.GetAttribute("href")));
            Assert.Equal(figures.Select(id => page.QuerySelector($"#{id}-title")!.TextContent), discovery.Select(l => l.GetAttribute("title")));
            foreach (var id in figures)
            {
                charts++;
                Assert.True(files.ContainsKey($"{folder}embed/{stem}/{id}.html"), $"{path}: no embed page for {id}");
                foreach (var extension in PageCitations.Extensions) Assert.True(files.ContainsKey($"{folder}cite/{stem}.{id}.{extension}"), $"{path}: no {extension} citation for {id}");
                Assert.Equal($"/{folder}embed/{stem}/{id}.html", page.QuerySelector($"#{id}-embed .embed-open a")!.GetAttribute("href"));
            }
            if (figures.Count == 0)
            {
                Assert.Empty(page.QuerySelectorAll("script[src*='/charts.'], script[src*='/embed.'], script[src*='/chart-keys.']"));
            }
        }
        Assert.Equal(site.Charts, charts);
        Assert.Equal(charts, files.Keys.Count(k => IsEmbedPage(k)));
        Assert.Equal(charts, files.Keys.Count(k => k.EndsWith(".oembed.json", StringComparison.Ordinal)));
        // Each embed has its own card, named by its og:image and twitter:image.
        var embedCards = files.Where(f => IsEmbedPage(f.Key))
            .Select(f => Html(f.Value).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).ToList();
        Assert.Equal(charts, embedCards.Distinct().Count());
        Assert.All(embedCards, card => Assert.Contains(site.Files, f => "https://example.org/" + f.RelativePath == card));
    }

    [Fact]
    public void The_oEmbed_JSON_is_a_rich_1_0_response_whose_html_frames_the_embed_and_the_embed_page_names_it()
    {
        var files = Texts(WithUrl.Value);
        using var json = JsonDocument.Parse(files["fr/embed/nations/chart-national-strategies.oembed.json"]);
        var root = json.RootElement;
        Assert.Equal("rich", root.GetProperty("type").GetString());
        Assert.Equal("1.0", root.GetProperty("version").GetString());
        var embed = Html(files["fr/embed/nations/chart-national-strategies.html"]);
        var title = embed.QuerySelector("h1.chart-title")!.TextContent;
        Assert.Equal(title, root.GetProperty("title").GetString());
        Assert.Equal("AI for All au Canada\u00A0: le pays peut-il échapper à l’exode des cerveaux vers la Silicon Valley\u202F?", root.GetProperty("provider_name").GetString());
        Assert.Equal("https://example.org/fr/", root.GetProperty("provider_url").GetString());
        Assert.Equal(OEmbed.Width, root.GetProperty("width").GetInt32());
        Assert.True(root.GetProperty("height").GetInt32() > 0);
        Assert.StartsWith("https://example.org/fr/cards/nations.chart-national-strategies.", root.GetProperty("thumbnail_url").GetString());
        var html = Html(root.GetProperty("html").GetString()!);
        var frame = html.QuerySelector("iframe[data-explainer-embed]")!;
        Assert.Equal("https://example.org/fr/embed/nations/chart-national-strategies.html", frame.GetAttribute("src"));
        Assert.Equal(title, frame.GetAttribute("title"));
        Assert.Contains(EmbedSnippet.MessageType, html.QuerySelector("script")!.TextContent);
        var link = embed.QuerySelector("link[rel=alternate][type='application/json+oembed']")!;
        Assert.Equal("https://example.org/fr/embed/nations/chart-national-strategies.oembed.json", link.GetAttribute("href"));
        Assert.Equal(title, link.GetAttribute("title"));

        // Quotes, backslashes, line breaks and markup in a title stay one valid JSON string.
        var odd = "A \"quoted\" \\ title\nwith <b>markup</b> & more";
        using var written = JsonDocument.Parse(OEmbed.Write(odd, "Site", "https://example.org/", "Team", EmbedSnippet.Html("https://example.org/embed/x/chart-y.html", odd), 500, null));
        Assert.Equal(odd, written.RootElement.GetProperty("title").GetString());
        Assert.Equal(odd, Html(written.RootElement.GetProperty("html").GetString()!).QuerySelector("iframe")!.GetAttribute("title"));
        Assert.False(written.RootElement.TryGetProperty("thumbnail_url", out _));
    }

    [Fact]
    public void The_Embed_view_shows_the_snippet_escaped_once_as_markup_and_once_as_the_text_area_s_text()
    {
        var title = "Tom & Jerry's \"<best>\" chart";
        var share = new ChartShareLinks("/repo/fr/embed/x/", "/repo/fr/cite/x", "https://example.org");
        var html = new StringBuilder();
        ChartEmbedPanel.Append(html, share, "chart-t", title, "en");
        var panel = Html("<div>" + html + "</div>");
        var code = panel.QuerySelector("textarea#chart-t-embed-code")!;
        Assert.Equal(EmbedSnippet.Html("https://example.org/repo/fr/embed/x/chart-t.html", title), code.TextContent);
        Assert.Equal("chart-t-embed-code", panel.QuerySelector("label")!.GetAttribute("for"));
        Assert.True(code.HasAttribute("readonly"));
        // Pasted into a host page, the snippet is one frame with the title as written, and the resize script.
        var pasted = Html(code.TextContent);
        var frame = Assert.Single(pasted.QuerySelectorAll("iframe"));
        Assert.Equal(title, frame.GetAttribute("title"));
        Assert.Equal("https://example.org/repo/fr/embed/x/chart-t.html", frame.GetAttribute("src"));
        Assert.Single(pasted.QuerySelectorAll("script"));
        Assert.Null(panel.QuerySelector(".embed-path-only"));
        Assert.Equal(["/repo/fr/embed/x/chart-t.html", "/repo/fr/cite/x.chart-t.bib", "/repo/fr/cite/x.chart-t.json", "/repo/fr/cite/x.chart-t.ris"],
            panel.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // The copy button is for charts.js to show; without it the text can still be selected.
        Assert.True(panel.QuerySelector("button.embed-copy")!.HasAttribute("hidden"));
        Assert.Equal("status", panel.QuerySelector(".embed-copied")!.GetAttribute("role"));

        // Without the site's address: a root-relative frame, and a note that says so.
        var relative = new StringBuilder();
        ChartEmbedPanel.Append(relative, share with { Origin = null }, "chart-t", title, "fr");
        var local = Html("<div>" + relative + "</div>");
        Assert.Equal("/repo/fr/embed/x/chart-t.html", Html(local.QuerySelector("textarea")!.TextContent).QuerySelector("iframe")!.GetAttribute("src"));
        Assert.StartsWith("L’adresse du site n’était pas connue lors de la construction\u00A0: ", local.QuerySelector(".embed-path-only")!.TextContent);
    }

    [Fact]
    public void The_snippet_the_docs_show_is_the_one_the_Embed_view_gives()
    {
        var docs = File.ReadAllText(Path.Combine(Repo.Checkout, "docs", "content-format.md"));
        var page = Html(Texts(WithUrl.Value)["brain-drain/index.html"]);
        Assert.Contains("```html\n" + page.QuerySelector("#chart-companies-embed-code")!.TextContent + "\n```", docs.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Without_a_site_URL_embeds_are_root_relative_and_there_is_no_oEmbed_file_or_discovery_link()
    {
        var files = Texts(RealSite.Generated);
        Assert.True(files.ContainsKey("embed/brain-drain/chart-companies.html"));
        Assert.DoesNotContain(files.Keys, k => k.EndsWith("oembed.json", StringComparison.Ordinal));
        var page = Html(files["brain-drain/index.html"]);
        Assert.Empty(page.QuerySelectorAll("link[type='application/json+oembed']"));
        Assert.Empty(Html(files["embed/brain-drain/chart-companies.html"]).QuerySelectorAll("link[type='application/json+oembed']"));
        var snippet = Html(page.QuerySelector("#chart-companies-embed-code")!.TextContent);
        Assert.Equal("/embed/brain-drain/chart-companies.html", snippet.QuerySelector("iframe")!.GetAttribute("src"));
        Assert.NotNull(page.QuerySelector("#chart-companies-embed .embed-path-only"));
    }

    [Fact]
    public void A_chart_s_citation_names_the_chart_its_anchor_on_the_page_and_the_later_of_the_page_s_and_the_table_s_dates()
    {
        var files = Texts(WithUrl.Value);
        using var json = JsonDocument.Parse(files["cite/brain-drain.chart-companies.json"]);
        var item = json.RootElement[0];
        Assert.Equal("Cohere raised the most, and its headquarters left for the U.S.", item.GetProperty("title").GetString());
        Assert.Equal("https://example.org/brain-drain/#chart-companies", item.GetProperty("URL").GetString());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        // brain-drain.md is updated 2026-11-25; companies.yml has no 'updated': the page's date.
        Assert.Equal([2026, 11, 25], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        var bib = files["fr/cite/brain-drain.chart-companies.bib"];
        CitationGrammar.AssertBibTeX(bib);
        Assert.Contains("url = {https://example.org/fr/brain-drain/#chart-companies},", bib);
        CitationGrammar.AssertRis(files["cite/brain-drain.chart-companies.ris"]);

        // A table updated after the page dates the chart.
        var page = new Citation("page-p", "Team", "Page", "Site", "2026-06-01", "https://example.org/p/", "en", false);
        var chart = new DrawnChart("chart-t", "Chart", "", "t", "", [], -1);
        // Only the table's 'updated' date is read.
        var table = new Site.Data.DataTable("t", null!, null!, null, [], null, [], [], null!) { Updated = "2026-07-15" };
        var cited = ChartCitations.For(page, chart, new Dictionary<string, Site.Data.DataTable> { ["t"] = table });
        Assert.Equal(("2026-07-15", "https://example.org/p/#chart-t", "page-p-chart-t", "Chart"), (cited.Date, cited.Url, cited.Key, cited.Title));
        Assert.Equal("2026-06-01", ChartCitations.For(page, chart, new Dictionary<string, Site.Data.DataTable>()).Date);
    }

    [Fact]
    public void Embed_files_are_the_same_bytes_in_two_builds()
    {
        var first = WithUrl.Value.Files.Where(f => f.RelativePath.Contains("embed/", StringComparison.Ordinal) || f.RelativePath.Contains(".chart-", StringComparison.Ordinal))
            .ToDictionary(f => f.RelativePath, f => f.Content!, StringComparer.Ordinal);
        var again = SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", SiteUrl: "https://example.org", DisplayRoot: Repo.Root));
        var second = again.Files.Where(f => first.ContainsKey(f.RelativePath)).ToDictionary(f => f.RelativePath, f => f.Content!, StringComparer.Ordinal);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.True(first.Count > 16 * 5);
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), path);
    }

    [Fact]
    public void A_file_in_input_where_an_embed_is_published_is_SITE006_at_that_file()
    {
        using var temp = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, temp.Combine("input"));
        temp.Write("input/embed/brain-drain/chart-companies.oembed.json", "{}");
        var result = SiteBuilder.Generate(new BuildOptions(temp.Combine("input"), Repo.Theme, temp.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: temp.Path));
        var error = Assert.Single(result.Diagnostics, d => d.Code == "SITE006");
        Assert.Equal("input/embed/brain-drain/chart-companies.oembed.json:1:1: error SITE006: this file would be published at /embed/brain-drain/chart-companies.oembed.json, where the build already writes a generated file or page; rename or move it",
            error.ToString());
    }

    [Fact]
    public void A_page_whose_citation_lands_where_a_chart_s_does_is_SITE006_at_the_chart_s_page()
    {
        using var temp = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, temp.Combine("input"));
        // Its citation is cite/brain-drain.chart-companies.bib, the name of the brain-drain page's chart's.
        temp.Write("input/brain-drain.chart-companies.md", "---\ntitle: Dotted\ndescription: A page whose name holds a dot.\n---\n\nText.\n");
        var result = SiteBuilder.Generate(new BuildOptions(temp.Combine("input"), Repo.Theme, temp.Combine("output"), DisplayRoot: temp.Path));
        var error = Assert.Single(result.Diagnostics, d => d.Code == "SITE006");
        Assert.Equal("input/brain-drain.md:1:1: error SITE006: the chart 'chart-companies' of this page would have its embed files where the build already writes /cite/brain-drain.chart-companies.bib; rename this page or the other one",
            error.ToString());
    }
}
