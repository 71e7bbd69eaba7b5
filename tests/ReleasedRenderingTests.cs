using Site.Build;
using Site.Output;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Issue 28 (memory): a plain build lets go of what it rendered once its pages are written. After the
/// build, no page model is held and no body keeps its HTML or charts, only the facts later stages read
/// (headings for search, embed counts, anchors); no page keeps its HTML, a page keeps only the
/// references that are dead, and no social card keeps its bytes (each was written as it was drawn). The preview's build, which the next edit is rendered first against
/// (PageFirst), keeps all of it. Asserted on the build's objects, not on memory figures.
/// </summary>
public sealed class ReleasedRenderingTests
{
    [Fact]
    public void A_plain_build_holds_no_page_model_body_html_or_live_reference_once_its_pages_are_written()
    {
        using var site = new TempDirectory();
        var options = new BuildOptions(Repo.Input, Repo.Theme, site.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: Repo.Root);
        using var staging = new StagingFolder(options.OutputDirectory);

        var build = SiteBuilder.Run(options, null, null, null, staging);

        Assert.False(build.Failed, string.Join("\n", build.Reported));
        Assert.Null(build.Models);
        Assert.All(build.Bodies, body => Assert.Equal("", body.Result!.Html));
        Assert.All(build.Bodies, body => Assert.Empty(body.Result!.Charts));
        // What Validate and Write still read of the bodies is there: the explainer's charts, headings and anchors.
        Assert.Equal(16, build.Bodies.Sum(b => b.Result!.Count("chart")));
        Assert.Contains(build.Bodies, b => b.Result!.Headings.Count > 0);
        Assert.Contains(build.Bodies, b => b.Anchors.Count > 0);
        Assert.All(build.Streamed, Assert.True);
        Assert.All(build.Layouts, layout => Assert.Null(layout!.Html));
        // Every reference of the explainer leads to a file it writes: none is kept.
        Assert.All(build.Layouts, layout => Assert.Empty(layout!.References));
        // Social cards were written into the staging folder as they were drawn: none holds its bytes.
        var cards = build.Files.Where(f => f.RelativePath.StartsWith("cards/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.True(card.IsStaged && card.Content is null, card.RelativePath));
        Assert.All(cards, card => Assert.True(File.Exists(Path.Combine(staging.CreatedPath!, card.RelativePath)), card.RelativePath));
        // The search index still finds the pages' sections (from the headings kept).
        var search = build.Files.Single(f => f.RelativePath == "search-index.json");
        Assert.Contains("\"k\":\"section\"", System.Text.Encoding.UTF8.GetString(search.Content!));
    }

    [Fact]
    public void A_plain_build_keeps_the_one_dead_reference_and_reports_it()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var layout = site.Combine("theme", "layouts", "base.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ content }}", "<a href=\"/nowhere/\">x</a>{{ content }}"));
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path);
        using var staging = new StagingFolder(options.OutputDirectory);

        var build = SiteBuilder.Run(options, null, null, null, staging);

        // One dead link per page, kept from the page's references, and nothing else.
        Assert.All(build.Layouts.Where(l => l is not null), l => Assert.Equal("/nowhere/", Assert.Single(l!.References).Url));
        var error = Assert.Single(build.Reported, d => d.IsError).ToString();
        Assert.StartsWith("theme/layouts/base.sbn-html:", error);
        Assert.Contains(": error LINK005: <a href> '/nowhere/' leads to /nowhere/, which this build does not write (and in ", error);
    }

    [Fact]
    public void The_previews_build_keeps_its_models_and_bodies_for_the_page_rendered_first()
    {
        using var site = new TempDirectory();
        var options = new BuildOptions(Repo.Input, Repo.Theme, site.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: Repo.Root);
        var cache = new BuildCache();

        var build = SiteBuilder.Run(options, null, cache, null, null);

        Assert.Same(build, cache.Last);
        Assert.NotNull(build.Models);
        Assert.All(build.Bodies, body => Assert.NotEqual("", body.Result!.Html));
        Assert.Contains(build.Bodies, body => body.Result!.Charts.Count > 0);
        Assert.All(build.Layouts, layout => Assert.NotNull(layout!.Html));
        // Every page's references, not only dead ones: a cached page may be reused by a build that writes other files.
        Assert.All(build.Layouts, layout => Assert.NotEmpty(layout!.References));
    }
}
