using AngleSharp.Html.Parser;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Under a GitHub Pages project site every URL lives under /REPO/: build the real site with a deep
/// base path and resolve every internal href and src of every page to a file of the output.
/// </summary>
public sealed class BasePathTests
{
    [Fact]
    public void Every_internal_url_resolves_under_the_base_path()
    {
        using var site = new TempDirectory();
        var result = SiteBuilder.Build(new BuildOptions(Repo.Input, Repo.Theme, site.Combine("output"), BasePath: "/sub/path/", SiteUrl: "https://example.org", DisplayRoot: Repo.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var parser = new HtmlParser();
        var checkedUrls = 0;
        foreach (var page in Directory.EnumerateFiles(site.Combine("output"), "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var relativePage = Path.GetRelativePath(site.Path, page);
                if (url.StartsWith('#')) continue; // same-page anchors are checked by the build itself
                Assert.True(url.StartsWith("/sub/path/", StringComparison.Ordinal), $"{relativePage}: '{url}' is not under the base path");
                var path = url["/sub/path/".Length..].Split('#')[0].Split('?')[0];
                var file = site.Combine("output", Uri.UnescapeDataString(path));
                if (path.Length == 0 || path.EndsWith('/')) file = Path.Combine(file, "index.html");
                Assert.True(File.Exists(file), $"{relativePage}: '{url}' points to nothing ({file})");
                checkedUrls++;
            }
        }
        Assert.True(checkedUrls > 100, $"only {checkedUrls} URLs checked: the site should have many more");
        Assert.Contains("Sitemap: https://example.org/sub/path/sitemap.xml", File.ReadAllText(site.Combine("output", "robots.txt")));
        Assert.Contains("<loc>https://example.org/sub/path/pillars/compute/</loc>", File.ReadAllText(site.Combine("output", "sitemap.xml")));
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
