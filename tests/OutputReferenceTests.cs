using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// LINK005: nothing the build publishes links to a file it does not write. The case
/// bad/dead-references covers every kind of reference; these tests cover what depends on the build's
/// settings (a feed linked by a build without a site URL) and where an error is reported.
/// </summary>
public sealed class OutputReferenceTests
{
    private static TempDirectory Site(string headLink)
    {
        var site = new TempDirectory();
        site.Write("input/site.yml", "title: { en: Site }\n");
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHello.\n");
        site.Write("input/other.md", "---\ntitle: Other\ndescription: Other.\n---\nText.\n");
        site.Write("theme/layouts/base.sbn-html", $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>{{{{ page.title }}}}</title>\n{headLink}\n</head>\n<body>{{{{ content }}}}</body>\n</html>\n");
        site.Write("theme/layouts/page.sbn-html", "{{ content }}");
        site.Write("theme/layouts/home.sbn-html", "{{ content }}");
        return site;
    }

    private static BuildResult Build(TempDirectory site, string? siteUrl) =>
        SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), BasePath: "/repo/", SiteUrl: siteUrl, DisplayRoot: site.Path));

    [Fact]
    public void A_feed_linked_by_a_build_that_writes_none_is_an_error_at_the_link_in_each_page()
    {
        // The bug this check was made for: every page linked feed.xml, which a build without a site URL never writes.
        using var site = Site("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{{ site.base_path }}feed.xml\">");
        Assert.Equal(
            [
                "output/index.html:5:1: error LINK005: <link href> '/repo/feed.xml' leads to /feed.xml, which this build does not write; the page was made by theme/layouts/home.sbn-html, the base layout and their partials",
                "output/other/index.html:5:1: error LINK005: <link href> '/repo/feed.xml' leads to /feed.xml, which this build does not write (and in 1 other file); the page was made by theme/layouts/page.sbn-html, the base layout and their partials",
            ],
            Build(site, siteUrl: null).Diagnostics.Select(d => d.ToString()));

        // With a site URL the feed is written, and the same link is fine.
        var published = Build(site, "https://example.org");
        Assert.Equal([], published.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(published.Files, f => f.RelativePath == "feed.xml");
    }

    [Fact]
    public void A_link_written_literally_in_a_template_is_reported_once_there_for_all_pages()
    {
        using var site = Site("<link rel=\"icon\" href=\"/repo/assets/favicon.svg\">");
        Assert.Equal(
            ["theme/layouts/base.sbn-html:5:24: error LINK005: <link href> '/repo/assets/favicon.svg' leads to /assets/favicon.svg, which this build does not write (and in 2 other files)"],
            Build(site, siteUrl: null).Diagnostics.Select(d => d.ToString()));
        site.Write("theme/assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Assert.Equal([], Build(site, siteUrl: null).Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void An_absolute_link_to_the_sites_own_origin_is_checked_and_one_to_another_project_on_the_host_is_not()
    {
        using var site = Site("<link rel=\"canonical\" href=\"https://example.org/repo/missing/\"><link rel=\"next\" href=\"https://example.org/other-repo/\"><link rel=\"prev\" href=\"https://example.org/repo/other/\">");
        Assert.Equal(
            ["theme/layouts/base.sbn-html:5:29: error LINK005: <link href> 'https://example.org/repo/missing/' leads to /missing/, which this build does not write (and in 2 other files)"],
            Build(site, "https://example.org").Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("a.png", "/repo/x/", "/repo/x/a.png")]
    [InlineData("../a.png?v=1#top", "/repo/x/y/", "/repo/x/a.png")]
    [InlineData("./", "/repo/x/", "/repo/x/")]
    [InlineData("..", "/repo/x/y/", "/repo/x/")]
    [InlineData("../../../../a", "/repo/x/", "/a")]
    [InlineData("/repo/./b/../c", "/repo/x/", "/repo/c")]
    [InlineData("?q", "/repo/x/index.html", "/repo/x/index.html")]
    [InlineData("css/../fonts/f.woff2", "/repo/assets/site.css", "/repo/assets/fonts/f.woff2")]
    public void Relative_urls_resolve_as_a_browser_resolves_them(string url, string from, string expected)
    {
        Assert.Equal(expected, Validation.OutputReferences.Resolve(url, from));
        Assert.Equal(expected, new Uri(new Uri("https://example.org" + from), url).AbsolutePath);
    }
}
