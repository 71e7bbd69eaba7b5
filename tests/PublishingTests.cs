using AngleSharp.Html.Parser;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// What reaches the published site from the configuration: no placeholder, "Propose an edit" links that
/// open the page's real source file (or no link at all), and files that need the site's origin only
/// when it is known.
/// </summary>
public sealed class PublishingTests
{
    private static readonly HtmlParser Parser = new();

    private static BuildResult Build(string? siteUrl = null, string? repository = null, string? branch = null, string? basePath = null) =>
        SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", BasePath: basePath, SiteUrl: siteUrl, DisplayRoot: Repo.Root,
            Repository: repository, Branch: branch));

    private static string Text(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == path).Content!);

    private static string? EditLink(BuildResult result, string path) =>
        Parser.ParseDocument(Text(result, path)).QuerySelectorAll("footer a")
            .FirstOrDefault(a => a.TextContent.Contains("Propose an edit", StringComparison.Ordinal))?.GetAttribute("href");

    [Fact]
    public void No_placeholder_address_reaches_any_published_file()
    {
        var result = Build("https://owner.github.io", "https://github.com/owner/ai-for-all", "main", "/ai-for-all/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in result.Files.Where(f => f.Content is not null))
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Content!);
            Assert.DoesNotContain("example.github.io", text);
            Assert.DoesNotContain("github.com/example", text);
            Assert.DoesNotContain("href=\"\"", text);
        }
        // site.yml itself names neither: the workflow passes the real ones.
        var siteYml = File.ReadAllText(Path.Combine(Repo.Input, "site.yml"));
        Assert.DoesNotMatch(@"(?m)^(url|repository):", siteYml);
    }

    [Fact]
    public void Every_page_proposes_an_edit_to_its_own_source_file_on_the_configured_branch()
    {
        var result = Build(repository: "https://github.com/owner/ai-for-all", branch: "gh-pages/édition");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("https://github.com/owner/ai-for-all/edit/gh-pages/%C3%A9dition/input/pillars/compute.md", EditLink(result, "pillars/compute/index.html"));
        Assert.Equal("https://github.com/owner/ai-for-all/edit/gh-pages/%C3%A9dition/input/index.md", EditLink(result, "index.html"));
        // A data page edits its table; the data index and the default 404 have no file of their own.
        Assert.Equal("https://github.com/owner/ai-for-all/edit/gh-pages/%C3%A9dition/input/data/companies.yml", EditLink(result, "data/companies/index.html"));
        Assert.Null(EditLink(result, "data/index.html"));
        // Every source file an edit link names exists in the repository.
        foreach (var path in result.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
            if (EditLink(result, path) is { } link)
                Assert.True(File.Exists(Path.Combine(Repo.Root, Uri.UnescapeDataString(link.Split("/%C3%A9dition/")[1]))), link);
        // The about page names the repository when there is one.
        Assert.Contains("href=\"https://github.com/owner/ai-for-all\"", Text(result, "about/index.html"));
    }

    [Fact]
    public void Without_a_repository_there_is_no_edit_link_at_all()
    {
        var result = Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var path in result.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.Null(EditLink(result, path));
            Assert.DoesNotContain("/edit/", Text(result, path));
        }
        Assert.DoesNotContain("github.com", Text(result, "about/index.html"));
    }

    [Fact]
    public void Without_a_site_url_the_files_made_of_absolute_urls_are_left_out_and_the_summary_says_so()
    {
        var local = Build();
        Assert.Equal([], local.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(local.Files, f => f.RelativePath is "sitemap.xml" or "feed.xml");
        Assert.Equal("User-agent: *\nAllow: /\n", Text(local, "robots.txt"));
        Assert.Null(Parser.ParseDocument(Text(local, "index.html")).QuerySelector("link[rel=canonical]"));

        var published = Build("https://Owner.GitHub.io/", basePath: "/repo/");
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://owner.github.io/repo/sitemap.xml\n", Text(published, "robots.txt"));
        Assert.Contains("<loc>https://owner.github.io/repo/pillars/compute/</loc>", Text(published, "sitemap.xml"));
    }

    [Fact]
    public void Feed_and_sitemap_are_linked_by_every_page_exactly_when_the_build_writes_them()
    {
        // Without a site URL neither file is written, so no page, feed or other text file may name one.
        var local = Build();
        Assert.True(local.Succeeded, string.Join("\n", local.Diagnostics));
        Assert.DoesNotContain(local.Files, f => f.RelativePath.EndsWith("feed.xml", StringComparison.Ordinal) || f.RelativePath == "sitemap.xml");
        // Pages and robots.txt (the schemas' help texts may name the files they describe).
        var localTexts = local.Files.Where(f => f.Content is not null && (f.RelativePath.EndsWith(".html", StringComparison.Ordinal) || f.RelativePath == "robots.txt")).ToList();
        Assert.True(localTexts.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)) > 40);
        foreach (var file in localTexts)
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Content!);
            Assert.False(text.Contains("feed.xml", StringComparison.Ordinal), $"{file.RelativePath} names feed.xml, which this build does not write");
            Assert.False(text.Contains("sitemap.xml", StringComparison.Ordinal), $"{file.RelativePath} names sitemap.xml, which this build does not write");
            Assert.False(text.Contains("application/atom+xml", StringComparison.Ordinal), file.RelativePath);
        }

        // With one, both are written and every page links its own language's feed.
        var published = Build("https://owner.github.io", basePath: "/repo/");
        Assert.True(published.Succeeded, string.Join("\n", published.Diagnostics));
        Assert.Contains(published.Files, f => f.RelativePath == "feed.xml");
        Assert.Contains(published.Files, f => f.RelativePath == "fr/feed.xml");
        Assert.Contains(published.Files, f => f.RelativePath == "sitemap.xml");
        Assert.Contains("Sitemap: https://owner.github.io/repo/sitemap.xml", Text(published, "robots.txt"));
        // The site's pages: a chart's embed page (embed/<page>/<chart id>.html) is no page of the site and links no feed.
        var pages = published.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal) && !f.RelativePath.Contains("embed/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 40);
        foreach (var page in pages)
        {
            var feed = Parser.ParseDocument(Text(published, page.RelativePath)).QuerySelector("link[rel=alternate][type='application/atom+xml']");
            Assert.NotNull(feed);
            var expected = page.RelativePath.StartsWith("fr/", StringComparison.Ordinal) ? "/repo/fr/feed.xml" : "/repo/feed.xml";
            Assert.Equal(expected, feed.GetAttribute("href"));
        }
    }

    [Fact]
    public void A_data_page_captions_its_table_without_repeating_its_heading()
    {
        var result = Build();
        var page = Parser.ParseDocument(Text(result, "data/companies/index.html"));
        var heading = page.QuerySelector("h1")!.TextContent.Trim();
        var caption = page.QuerySelector("table caption")!.TextContent.Trim();
        Assert.Equal("The full table", caption);
        Assert.NotEqual(heading, caption);
    }

    [Theory]
    [InlineData("url: https://owner.github.io/repo/", 6, "SITE001", "url must be the site's origin, like https://owner.github.io (scheme and host; the path goes in base_path), not 'https://owner.github.io/repo/'")]
    [InlineData("repository: github.com/owner/name", 13, "SITE001", "repository must be the repository's http(s) address (e.g. https://github.com/owner/name), not 'github.com/owner/name'")]
    [InlineData("branch: two words", 9, "SITE001", "branch must be a git branch name (e.g. main), not 'two words'")]
    public void Site_settings_for_addresses_are_checked_where_they_are_written(string line, int column, string code, string message)
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", $"title: {{ en: T }}\n{line}\n");
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHello.\n");
        var result = SiteBuilder.Generate(new BuildOptions(site.Combine("input"), Path.Combine(Repo.Cases, "_theme"), "unused", DisplayRoot: site.Path));
        Assert.Equal([$"input/site.yml:2:{column}: error {code}: {message}"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("--site-url", "https://owner.github.io/repo/", "--site-url 'https://owner.github.io/repo/' is not a site origin like https://owner.github.io (scheme and host; the path goes in --base-path)")]
    [InlineData("--repository", "javascript:alert(1)", "--repository 'javascript:alert(1)' is not a repository's http(s) address like https://github.com/owner/name")]
    [InlineData("--branch", "a..b", "--branch 'a..b' is not a git branch name")]
    public void Address_options_on_the_command_line_are_usage_errors_when_malformed(string option, string value, string message)
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHello.\n");
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        var result = SiteProcess.Run(site.Path, ["build", option, value]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"site: {message}\n", result.Stderr);
        Assert.False(Directory.Exists(site.Combine("output")));
    }

    [Fact]
    public void A_local_build_without_a_site_url_says_what_it_left_out()
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHello.\n");
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        var result = SiteProcess.Run(site.Path, []);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.EndsWith("No site URL (site.yml's url or --site-url): sitemap.xml, feed.xml and absolute links were left out, as a local build needs none.\n", result.Stdout);
        Assert.False(File.Exists(site.Combine("output", "sitemap.xml")));
    }
}
