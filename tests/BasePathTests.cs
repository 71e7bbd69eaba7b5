using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// Under a GitHub Pages project site every URL lives under /REPO/: build the real site with a base
/// path, serve it as GitHub Pages would (tests/Support/StaticServer.cs) and crawl it from the home page,
/// following every reference a page makes (href, src, srcset, url() in style attributes, style
/// elements and stylesheets, the web app manifest's URLs, data-* attributes that hold a URL of the
/// site, absolute URLs on the site's origin): each must answer 200.
/// </summary>
public sealed class BasePathTests
{
    private const string Origin = "https://example.org";

    [Fact]
    public async Task A_crawl_from_the_home_page_under_a_base_path_finds_every_reference_served()
    {
        using var site = new TempDirectory();
        var result = SiteBuilder.Build(new BuildOptions(Repo.Input, Repo.Theme, site.Combine("output"), BasePath: "/repo/", SiteUrl: Origin, DisplayRoot: Repo.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var server = new StaticServer(site.Combine("output"), "/repo/");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        var parser = new HtmlParser();
        // The home page, and the 404 pages no link leads to (GitHub Pages shows /404.html for a missing address).
        string[] starts = ["/repo/", "/repo/404.html", "/repo/fr/404.html"];
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var queue = new Queue<(string Path, string From)>(starts.Select(s => (s, "start")));
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        var pages = 0;
        while (queue.Count > 0)
        {
            var (path, from) = queue.Dequeue();
            using var response = await http.GetAsync(server.Origin + path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{from}: {path} answered {(int)response.StatusCode}");
                continue;
            }
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var references = new List<(string Url, string Kind)>();
            if (type == "text/html")
            {
                pages++;
                var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                foreach (var element in document.All)
                foreach (var attribute in element.Attributes)
                {
                    var kind = $"<{element.LocalName} {attribute.Name}>";
                    if (attribute.Name is "href" or "src" or "poster") references.Add((attribute.Value, kind));
                    else if (attribute.Name == "srcset")
                        references.AddRange(attribute.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => (c.Split(' ')[0], kind)));
                    else if (attribute.Name == "style") references.AddRange(CssUrls(attribute.Value).Select(u => (u, "style url()")));
                    // The theme's scripts load what data-* attributes name (the search index, plotly).
                    else if (attribute.Name.StartsWith("data-", StringComparison.Ordinal) && attribute.Value.StartsWith("/repo/", StringComparison.Ordinal)) references.Add((attribute.Value, kind));
                }
                foreach (var style in document.QuerySelectorAll("style")) references.AddRange(CssUrls(style.TextContent).Select(u => (u, "<style> url()")));
            }
            else if (type == "text/css") references.AddRange(CssUrls(await response.Content.ReadAsStringAsync()).Select(u => (u, "css url()")));
            else if (path.EndsWith(".webmanifest", StringComparison.Ordinal) || path.EndsWith("manifest.json", StringComparison.Ordinal))
                references.AddRange(ManifestUrls(await response.Content.ReadAsStringAsync()).Select(u => (u, "manifest")));

            foreach (var (url, kind) in references)
            {
                if (url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)) continue;
                var target = new Uri(new Uri(Origin + path), url);
                if (target.GetLeftPart(UriPartial.Authority) != Origin) continue; // another site
                if (!target.AbsolutePath.StartsWith("/repo/", StringComparison.Ordinal))
                {
                    failures.Add($"{path}: {kind} '{url}' is not under the base path");
                    continue;
                }
                kinds.Add(kind);
                if (seen.Add(target.AbsolutePath)) queue.Enqueue((target.AbsolutePath, $"{path} {kind} '{url}'"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var pageFiles = Directory.EnumerateFiles(site.Combine("output"), "*.html", SearchOption.AllDirectories).Count();
        Assert.True(pages >= pageFiles, $"the crawl reached {pages} pages of {pageFiles}");
        foreach (var kind in new[] { "<a href>", "<link href>", "<script src>", "<script data-search-index>", "<script data-plotly>", "css url()" })
            Assert.Contains(kind, kinds);
        Assert.Contains("/repo/feed.xml", seen);
        Assert.Contains("/repo/fr/feed.xml", seen);
        Assert.Contains("Sitemap: https://example.org/repo/sitemap.xml", File.ReadAllText(site.Combine("output", "robots.txt")));
        Assert.Contains("<loc>https://example.org/repo/pillars/compute/</loc>", File.ReadAllText(site.Combine("output", "sitemap.xml")));
    }

    /// <summary>url(…) in CSS, quoted or not (comments removed first).</summary>
    private static IEnumerable<string> CssUrls(string css) =>
        Regex.Matches(Regex.Replace(css, @"/\*.*?\*/", "", RegexOptions.Singleline), @"url\(\s*(?:""([^""]*)""|'([^']*)'|([^)\s]*))\s*\)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
            .Where(u => u.Length > 0);

    private static IEnumerable<string> ManifestUrls(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        foreach (var key in new[] { "start_url", "scope" })
            if (root[key]?.GetValue<string>() is { } url) yield return url;
        foreach (var icon in root["icons"]?.AsArray() ?? [])
            if (icon?["src"]?.GetValue<string>() is { } src) yield return src;
    }

    [Fact]
    public void The_404_page_links_absolutely_so_it_works_at_any_depth()
    {
        using var site = new TempDirectory();
        var result = SiteBuilder.Build(new BuildOptions(Repo.Input, Repo.Theme, site.Combine("output"), BasePath: "/repo/", SiteUrl: "https://example.org", DisplayRoot: Repo.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var document = new HtmlParser().ParseDocument(File.ReadAllText(site.Combine("output", "404.html")));
        var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls.Where(u => !u.StartsWith("http", StringComparison.Ordinal) && !u.StartsWith('#')), url => Assert.StartsWith("/repo/", url));
    }
}
