using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>What the default theme writes into every page and beside them (issue 6: metadata, assets, CSP).</summary>
public sealed class ThemeOutputTests
{
    private static readonly Lazy<BuildResult> Site = new(() =>
        SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", BasePath: "/repo/", SiteUrl: "https://example.org", DisplayRoot: Repo.Root)));

    private static string Text(string path) => System.Text.Encoding.UTF8.GetString(Site.Value.Files.Single(f => f.RelativePath == path).Content!);

    private static IEnumerable<string> HtmlFiles => Site.Value.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal));

    [Fact]
    public void Every_page_has_its_title_description_canonical_social_tags_and_language()
    {
        var parser = new HtmlParser();
        // The site's pages: not the 404 pages, nor the charts' embed pages (embed/…, checked by ChartEmbedTests).
        foreach (var path in HtmlFiles.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)))
        {
            var page = parser.ParseDocument(Text(path));
            var url = "https://example.org/repo/" + path[..^"index.html".Length];
            Assert.Equal(path.StartsWith("fr/", StringComparison.Ordinal) ? "fr" : "en", page.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), path);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
            Assert.Equal(url, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(url, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
            // Each page's own card (src/Sharing/), under the base path, in its language's folder.
            Assert.Matches(@"^https://example\.org/repo/(fr/)?cards/.+\.[0-9a-f]{16}\.png$", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!);
            Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
            Assert.StartsWith("/repo/assets/favicon", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));

            using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            Assert.Equal("Article", jsonLd.RootElement.GetProperty("@type").GetString());
            Assert.Equal(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), jsonLd.RootElement.GetProperty("headline").GetString());
            Assert.Equal(url, jsonLd.RootElement.GetProperty("url").GetString());
        }
    }

    [Fact]
    public void No_page_has_inline_script_or_style_and_every_page_declares_a_strict_csp()
    {
        var parser = new HtmlParser();
        foreach (var path in HtmlFiles)
        {
            var page = parser.ParseDocument(Text(path));
            var csp = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Empty(page.QuerySelectorAll("style"));
            // Scripts are files of the site, or data (chart figures, JSON-LD) that never runs.
            foreach (var script in page.QuerySelectorAll("script"))
                Assert.True(script.HasAttribute("src") || script.GetAttribute("type") is "application/json" or "application/ld+json", $"{path}: inline script {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
            Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Css_and_js_are_minified_and_named_by_their_content_hash()
    {
        var assets = Site.Value.Files.Where(f => f.RelativePath.StartsWith("assets/", StringComparison.Ordinal) && (f.RelativePath.EndsWith(".css") || f.RelativePath.EndsWith(".js"))).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.Matches(@"\.[0-9a-f]{10}\.(css|js)$", asset.RelativePath);
            var text = System.Text.Encoding.UTF8.GetString(asset.Content!);
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(asset.Content!))[..10];
            Assert.Contains(hash, asset.RelativePath);
            if (asset.RelativePath.Contains("/vendor/", StringComparison.Ordinal)) continue;
            // NUglify minifies what it can parse; CSS it cannot (site.css uses attr(… type(<number>)),
            // newer than its parser) is published exactly as written, never trimmed by hand.
            var source = File.ReadAllText(Path.Combine(Repo.Theme, "assets", System.Text.RegularExpressions.Regex.Replace(asset.RelativePath["assets/".Length..], @"\.[0-9a-f]{10}\.", ".")));
            Assert.Equal(asset.RelativePath.EndsWith(".css") ? Output.Minifier.Css(source) : Output.Minifier.JavaScript(source), text);
            if (text == source) continue;
            Assert.DoesNotContain("/*", text);
            Assert.DoesNotContain("\n  ", text);
            Assert.DoesNotMatch(@"(?m)^\s*//", text);
        }
    }

    [Fact]
    public void The_feed_lists_every_dated_page_with_absolute_urls()
    {
        var feed = XDocument.Parse(Text("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.True(entries.Count >= 12);
        Assert.All(entries, e =>
        {
            Assert.StartsWith("https://example.org/repo/", e.Element(atom + "link")!.Attribute("href")!.Value);
            Assert.Equal("2026-11-25T00:00:00Z", e.Element(atom + "updated")!.Value);
        });
        Assert.Equal("https://example.org/repo/feed.xml", feed.Root.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void The_sitemap_has_last_modified_dates_from_content_and_robots_points_to_it()
    {
        var sitemap = XDocument.Parse(Text("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var compute = sitemap.Root!.Elements(ns + "url").Single(u => u.Element(ns + "loc")!.Value == "https://example.org/repo/pillars/compute/");
        Assert.Equal("2026-11-25", compute.Element(ns + "lastmod")!.Value);
        Assert.DoesNotContain(sitemap.Root.Elements(ns + "url"), u => u.Element(ns + "loc")!.Value.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://example.org/repo/sitemap.xml", Text("robots.txt"));
    }

    [Fact]
    public void The_search_index_holds_pages_sections_and_rows_with_working_links()
    {
        using var index = JsonDocument.Parse(Text("search-index.json"));
        var entries = index.RootElement.EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("k").GetString() == "page" && e.GetProperty("u").GetString() == "/repo/pillars/compute/");
        Assert.Contains(entries, e => e.GetProperty("k").GetString() == "section" && e.GetProperty("u").GetString()!.StartsWith("/repo/pillars/compute/#", StringComparison.Ordinal));
        var row = entries.Single(e => e.GetProperty("k").GetString() == "row" && e.GetProperty("t").GetString() == "France" && e.GetProperty("u").GetString()!.Contains("national-strategies", StringComparison.Ordinal));
        Assert.Equal("/repo/data/national-strategies/#table-national-strategies-row-france", row.GetProperty("u").GetString());
        Assert.Contains("US$5.5 billion", row.GetProperty("x").GetString());
        Assert.Contains("id=\"table-national-strategies-row-france\"", Text("data/national-strategies/index.html"));
    }
}
