using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Site.Build;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The French edition of the real site (issue 12): every page has its twin, and the switcher,
/// hreflang alternates, sitemap, lang attributes and search index tie the two languages together.
/// The one-language-page case (tests/cases/languages/) holds the exact warnings and output of a
/// page without a twin; the row-keys-slug-alike bad case the slug collision error.
/// </summary>
public sealed class FrenchEditionTests
{
    private const string Origin = "https://example.org";

    private static readonly Lazy<BuildResult> Site = new(() =>
        SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", BasePath: "/repo/", SiteUrl: Origin, DisplayRoot: Repo.Root)));

    private static string Text(string path) => System.Text.Encoding.UTF8.GetString(Site.Value.Files.Single(f => f.RelativePath == path).Content!);

    private static IEnumerable<string> HtmlPages => Site.Value.Files.Select(f => f.RelativePath)
        .Where(p => p.EndsWith("index.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static bool IsFrench(string outputPath) => outputPath.StartsWith("fr/", StringComparison.Ordinal);

    /// <summary>"/repo/fr/pillars/compute/" → "fr/pillars/compute/index.html", or null for a URL outside the site.</summary>
    private static string? OutputPathOf(string url)
    {
        if (url.StartsWith(Origin, StringComparison.Ordinal)) url = url[Origin.Length..];
        if (!url.StartsWith("/repo/", StringComparison.Ordinal)) return null;
        var path = url["/repo/".Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static IHtmlDocument Parse(string path) => new HtmlParser().ParseDocument(Text(path));

    private static List<string> Sources(string folder) =>
        Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("fr/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_English_page_has_its_French_twin_and_every_French_page_its_English_one()
    {
        var english = Sources(Repo.Input);
        var french = Sources(Path.Combine(Repo.Input, "fr"));
        Assert.True(english.Count >= 12, $"{english.Count} English pages");
        Assert.Equal(english, french);

        // And in the built site: every page at /x/ has one at /fr/x/, and the reverse.
        var built = HtmlPages.ToList();
        var englishBuilt = built.Where(p => !IsFrench(p)).ToList();
        var frenchBuilt = built.Where(IsFrench).Select(p => p["fr/".Length..]).ToList();
        Assert.Equal(englishBuilt, frenchBuilt);
        Assert.DoesNotContain(Site.Value.Diagnostics, d => d.Code == "PAGE007");
    }

    [Fact]
    public void Every_page_declares_its_language_and_links_to_its_twin_in_the_other_one()
    {
        var files = Site.Value.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in HtmlPages.Append("404.html").Append("fr/404.html"))
        {
            var page = Parse(path);
            var (language, other, name) = IsFrench(path) ? ("fr", "en", "English") : ("en", "fr", "Français");
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(language == "fr" ? "fr_CA" : "en_CA", page.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));

            var switches = page.QuerySelectorAll("a.language-switch").ToList();
            var link = Assert.Single(switches);
            Assert.Equal(other, link.GetAttribute("lang"));
            Assert.Equal(other, link.GetAttribute("hreflang"));
            Assert.Equal(name, link.TextContent);
            var target = OutputPathOf(link.GetAttribute("href")!);
            Assert.NotNull(target);
            Assert.Contains(target, files);
            // The twin when there is one (every page of this site), the other home page from a 404 page.
            var expected = path.EndsWith("404.html", StringComparison.Ordinal) ? (other == "fr" ? "fr/index.html" : "index.html")
                : other == "fr" ? "fr/" + path : path["fr/".Length..];
            Assert.Equal(expected, target);
        }
    }

    [Fact]
    public void Hreflang_alternates_are_absolute_reciprocal_and_end_with_x_default_in_English()
    {
        var alternatesByPage = new Dictionary<string, List<(string Lang, string Href)>>(StringComparer.Ordinal);
        foreach (var path in HtmlPages)
        {
            var links = Parse(path).QuerySelectorAll("link[rel=alternate][hreflang]")
                .Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!)).ToList();
            alternatesByPage[path] = links;
            var englishPath = IsFrench(path) ? path["fr/".Length..] : path;
            var englishUrl = Origin + "/repo/" + englishPath[..^"index.html".Length];
            var frenchUrl = Origin + "/repo/fr/" + englishPath[..^"index.html".Length];
            Assert.Equal([("en", englishUrl), ("fr", frenchUrl), ("x-default", englishUrl)], links);
        }
        // Reciprocal: the page each alternate names lists exactly the same alternates.
        foreach (var (path, links) in alternatesByPage)
            foreach (var (_, href) in links)
                Assert.Equal(links, alternatesByPage[OutputPathOf(href)!]);
        // 404 pages are not alternates of anything: no hreflang there.
        Assert.Empty(Parse("404.html").QuerySelectorAll("link[hreflang]"));
        Assert.Empty(Parse("fr/404.html").QuerySelectorAll("link[hreflang]"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_its_language_alternates()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Parse(Text("sitemap.xml")).Root!.Elements(sitemap + "url").ToList();
        Assert.Equal(HtmlPages.Count(), urls.Count);
        foreach (var url in urls)
        {
            var location = url.Element(sitemap + "loc")!.Value;
            var alternates = url.Elements(xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList();
            Assert.Equal(["en", "fr", "x-default"], alternates.Select(a => a.Item1));
            Assert.Contains(alternates, a => a.Item2 == location);
            Assert.All(alternates, a => Assert.Contains(a.Item2, urls.Select(u => u.Element(sitemap + "loc")!.Value)));
            // The same alternates as the page's own <link rel="alternate">.
            var page = Parse(OutputPathOf(location)!).QuerySelectorAll("link[rel=alternate][hreflang]")
                .Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!)).ToList();
            Assert.Equal(page, alternates);
        }
    }

    [Fact]
    public void French_pages_read_the_French_search_index_which_holds_the_French_pages_only()
    {
        Assert.Equal("/repo/fr/search-index.json", Parse("fr/pillars/compute/index.html").QuerySelector("script[data-search-index]")?.GetAttribute("data-search-index"));
        Assert.Equal("/repo/search-index.json", Parse("pillars/compute/index.html").QuerySelector("script[data-search-index]")?.GetAttribute("data-search-index"));

        using var french = JsonDocument.Parse(Text("fr/search-index.json"));
        var entries = french.RootElement.EnumerateArray().Select(e => (Kind: e.GetProperty("k").GetString()!, Title: e.GetProperty("t").GetString()!, Url: e.GetProperty("u").GetString()!)).ToList();
        Assert.All(entries, e => Assert.StartsWith("/repo/fr/", e.Url));
        Assert.Contains(("page", "AI for All au Canada, en clair", "/repo/fr/"), entries);
        Assert.Contains(entries, e => e.Kind == "section" && e.Title == "Dérive de la mission" && e.Url == "/repo/fr/risks/#dérive-de-la-mission");
        Assert.Contains(entries, e => e.Kind == "row" && e.Url.StartsWith("/repo/fr/data/", StringComparison.Ordinal));
        // A row is found by the name French readers see; its anchor keeps the table's key.
        Assert.Contains(("row", "Royaume-Uni", "/repo/fr/data/national-strategies/#table-national-strategies-row-u-k"), entries);
        Assert.DoesNotContain(entries, e => e.Kind == "row" && e.Title == "U.K.");
        Assert.Equal(Sources(Repo.Input).Count + 1 + Site.Value.Tables, entries.Count(e => e.Kind == "page")); // the pages, the data index, one page per table

        using var english = JsonDocument.Parse(Text("search-index.json"));
        Assert.All(english.RootElement.EnumerateArray(), e => Assert.DoesNotContain("/fr/", e.GetProperty("u").GetString()));
    }

    [Fact]
    public void Each_language_has_its_navigation_home_link_feed_and_dates()
    {
        var french = Parse("fr/pillars/compute/index.html");
        var nav = french.QuerySelectorAll(".site-menu-panel a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(nav.Count >= 13);
        Assert.All(nav, href => Assert.StartsWith("/repo/fr/", href));
        Assert.Equal("/repo/fr/", french.QuerySelector("a.site-title")!.GetAttribute("href"));
        Assert.Equal("Sections", french.QuerySelector(".site-menu summary")!.TextContent);
        Assert.Equal("Thème sombre\u00A0: activédésactivé", french.QuerySelector(".theme-toggle")!.TextContent);
        Assert.Equal("Dark theme: onoff", Parse("pillars/compute/index.html").QuerySelector(".theme-toggle")!.TextContent);
        Assert.Equal("/repo/fr/", french.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/repo/fr/pillars/talent/", french.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("25 novembre 2026", Parse("fr/index.html").QuerySelector(".kicker")!.TextContent);
        Assert.Equal("En bref", Parse("fr/index.html").QuerySelector(".answer-label")!.TextContent);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(Text("fr/feed.xml")).Root!;
        Assert.StartsWith("AI for All au Canada", feed.Element(atom + "title")!.Value);
        Assert.All(feed.Elements(atom + "entry"), e => Assert.StartsWith(Origin + "/repo/fr/", e.Element(atom + "id")!.Value));
    }

    [Fact]
    public void A_link_in_a_French_page_names_the_English_source_path_and_leads_to_the_French_twin()
    {
        var links = Parse("fr/index.html").QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/repo/fr/sources/", links);
        Assert.Contains("/repo/fr/nations/#très-probablement-les-mêmes-budgets-en-deux-devises", links.Select(Uri.UnescapeDataString));
        Assert.DoesNotContain(links, l => l.StartsWith("/repo/", StringComparison.Ordinal) && !l.StartsWith("/repo/fr/", StringComparison.Ordinal) && !l.StartsWith("/repo/data/", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_and_row_ids_keep_their_accents()
    {
        var risks = Parse("fr/risks/index.html");
        Assert.NotNull(risks.GetElementById("dérive-de-la-mission"));
        Assert.Equal("table-places-row-québec", global::Site.Data.RowAnchor.Id("table-places", "Québec"));
        Assert.Equal("table-x-row-montréal-qc", global::Site.Data.RowAnchor.Id("table-x", "Montre\u0301al (QC)")); // decomposed é is composed
        Assert.Equal("table-x-row-u-k", global::Site.Data.RowAnchor.Id("table-x", "U.K."));
    }

    [Fact]
    public void Strict_makes_a_missing_translation_an_error_and_writes_nothing()
    {
        var folder = Path.Combine(Repo.Cases, "languages", "one-language-page");
        var options = new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "theme"), "unused", SiteUrl: Origin, DisplayRoot: folder, Strict: true);
        var result = SiteBuilder.Generate(options);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal(
            [
                "input/data/places.yml:5:26: error I18N004: 'label' has no 'fr' text: add 'fr: …' beside 'en:'; pages in 'fr' show the 'en' text",
                "input/fr/only-french.md:1:1: error PAGE007: this page has no twin in 'en': add input/only-french.md; until then its language switcher leads to the 'en' home page",
                "input/note.md:1:1: error PAGE007: this page has no twin in 'fr': add input/fr/note.md; until then its language switcher leads to the 'fr' home page",
                "input/site.yml:2:14: error I18N004: 'description' has no 'fr' text: add 'fr: …' beside 'en:'; pages in 'fr' show the 'en' text",
                "theme/i18n/fr.yml:1:1: error I18N003: no UI string 'data_title' in theme/i18n/fr.yml (i18n/en.yml has it): pages in 'fr' show the 'en' text",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        // Without --strict the same site builds, with the same five lines as warnings.
        var lenient = SiteBuilder.Generate(options with { Strict = false });
        Assert.True(lenient.Succeeded);
        Assert.Equal(result.Diagnostics.Select(d => d.ToString().Replace(": error ", ": warning ")), lenient.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Adding_a_page_in_one_language_re_renders_its_twins_switcher_as_a_fresh_build_would()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path);
        var french = site.Combine("input", "fr", "glossary.md");
        var text = File.ReadAllText(french);
        File.Delete(french);

        var cache = new BuildCache();
        var before = SiteBuilder.Generate(options, cache: cache);
        Assert.Contains(before.Diagnostics, d => d.ToString() == "input/glossary.md:1:1: warning PAGE007: this page has no twin in 'fr': add input/fr/glossary.md; until then its language switcher leads to the 'fr' home page");
        Assert.Equal("/fr/", Switch(before, "glossary/index.html"));

        File.WriteAllText(french, text);
        var after = SiteBuilder.Generate(options, cache: cache);
        Assert.Equal("/fr/glossary/", Switch(after, "glossary/index.html"));
        Assert.Equal("/glossary/", Switch(after, "fr/glossary/index.html"));

        var fresh = SiteBuilder.Generate(options);
        Assert.Equal(fresh.Diagnostics, after.Diagnostics);
        Assert.Equal(Html(fresh), Html(after));
    }

    private static Dictionary<string, string> Html(BuildResult result) =>
        result.Files.Where(f => f.Content is not null).ToDictionary(f => f.RelativePath, f => System.Text.Encoding.UTF8.GetString(f.Content!));

    private static string? Switch(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(Html(result)[path]).QuerySelector("a.language-switch")?.GetAttribute("href");
}
