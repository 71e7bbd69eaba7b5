using Site.Build;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>Incremental builds (the preview's): only what a change touches is rendered again, and the result is what a fresh build gives.</summary>
public sealed class BuildCacheTests
{
    private static (TempDirectory Site, BuildOptions Options) Copy()
    {
        var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        return (site, new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path));
    }

    private static Dictionary<string, string> Html(BuildResult result) =>
        result.Files.Where(f => f.Content is not null).ToDictionary(f => f.RelativePath, f => System.Text.Encoding.UTF8.GetString(f.Content!));

    private static void AssertSameAsFreshBuild(BuildOptions options, BuildResult incremental)
    {
        var fresh = SiteBuilder.Generate(options);
        Assert.Equal(fresh.Diagnostics, incremental.Diagnostics);
        Assert.Equal(Html(fresh), Html(incremental));
    }

    [Fact]
    public void An_unchanged_site_renders_nothing_again()
    {
        var (site, options) = Copy();
        using var _ = site;
        var cache = new BuildCache();
        var first = SiteBuilder.Generate(options, cache: cache);
        Assert.Equal(first.Pages, first.RenderedPages);
        var second = SiteBuilder.Generate(options, cache: cache);
        Assert.Equal(0, second.RenderedPages);
        Assert.Equal(Html(first), Html(second));
    }

    [Fact]
    public void Editing_a_page_body_renders_only_that_page()
    {
        var (site, options) = Copy();
        using var _ = site;
        var cache = new BuildCache();
        SiteBuilder.Generate(options, cache: cache);
        var path = site.Combine("input", "glossary.md");
        File.WriteAllText(path, File.ReadAllText(path) + "\nA new closing line.\n");

        var result = SiteBuilder.Generate(options, cache: cache);

        Assert.Equal(1, result.RenderedPages);
        Assert.Contains("A new closing line.", Html(result)["glossary/index.html"]);
        AssertSameAsFreshBuild(options, result);
    }

    [Fact]
    public void Editing_a_data_table_renders_only_the_pages_that_show_it()
    {
        var (site, options) = Copy();
        using var _ = site;
        var cache = new BuildCache();
        var before = Html(SiteBuilder.Generate(options, cache: cache));
        var path = site.Combine("input", "data", "vc-share.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("share: \"3.5%\"", "share: \"3.6%\""));

        var result = SiteBuilder.Generate(options, cache: cache);
        var after = Html(result);

        var changed = before.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && before[k] != after[k]).Order(StringComparer.Ordinal).ToList();
        // Pages that show a value of the table: a figure, a table embed or a chart of it.
        string[] marks = ["data-table=\"vc-share\"", "id=\"table-vc-share", "id=\"chart-vc-share"];
        var showing = after.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && marks.Any(m => f.Value.Contains(m, StringComparison.Ordinal)))
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        // Every page that shows the table is rendered again (the ones quoting the edited cell change);
        // no other page is.
        Assert.Subset(showing.ToHashSet(), changed.ToHashSet());
        Assert.Contains("index.html", changed);
        Assert.True(showing.Count == result.RenderedPages,
            $"{result.RenderedPages} pages rendered again; these show the table: {string.Join(", ", showing)}; these changed: {string.Join(", ", changed)}");
        Assert.True(result.RenderedPages < result.Pages / 2, $"{result.RenderedPages} of {result.Pages} pages rendered");
        AssertSameAsFreshBuild(options, result);
    }

    [Fact]
    public void Renaming_a_page_re_renders_every_page_that_lists_it()
    {
        var (site, options) = Copy();
        using var _ = site;
        var cache = new BuildCache();
        SiteBuilder.Generate(options, cache: cache);
        var path = site.Combine("input", "verdict.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: ", "title: New ", StringComparison.Ordinal));

        var result = SiteBuilder.Generate(options, cache: cache);

        // The title is in every English page's navigation (French pages list the French twin's title).
        Assert.All(Html(result).Where(f => f.Key.EndsWith("index.html", StringComparison.Ordinal) && !f.Key.StartsWith("fr/", StringComparison.Ordinal)), f => Assert.Contains(">New ", f.Value));
        AssertSameAsFreshBuild(options, result);
    }

    [Fact]
    public void A_broken_then_fixed_page_reports_the_same_errors_as_a_fresh_build()
    {
        var (site, options) = Copy();
        using var _ = site;
        var cache = new BuildCache();
        SiteBuilder.Generate(options, cache: cache);
        var path = site.Combine("input", "about.md");
        var good = File.ReadAllText(path);
        File.WriteAllText(path, good + "\n[broken](nowhere.md)\n");

        var broken = SiteBuilder.Generate(options, cache: cache);
        Assert.False(broken.Succeeded);
        Assert.Equal(SiteBuilder.Generate(options).Diagnostics, broken.Diagnostics);

        File.WriteAllText(path, good);
        var fixedAgain = SiteBuilder.Generate(options, cache: cache);
        Assert.True(fixedAgain.Succeeded);
        AssertSameAsFreshBuild(options, fixedAgain);
    }

    [Fact]
    public void A_card_shows_the_new_summary_of_the_page_it_links_to()
    {
        var (site, options) = Copy();
        using var _ = site;
        var cache = new BuildCache();
        SiteBuilder.Generate(options, cache: cache);
        var path = site.Combine("input", "pillars", "compute.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("summary: \"", "summary: \"Edited summary. ", StringComparison.Ordinal));

        var result = SiteBuilder.Generate(options, cache: cache);

        Assert.Contains("Edited summary.", Html(result)["index.html"]);
        AssertSameAsFreshBuild(options, result);
    }
}
