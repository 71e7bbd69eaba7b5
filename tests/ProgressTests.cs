using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>Progress counts every stage that goes page by page, from 0 to the number of pages.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void Rendering_and_layouts_each_count_every_page()
    {
        var progress = new BuildProgress();
        var result = SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", DisplayRoot: Repo.Root), progress);
        Assert.True(result.Succeeded);
        // After the build, the last page stage has counted every page...
        Assert.Equal(("applying layouts", result.Pages, result.Pages), (progress.Stage, progress.PagesDone, progress.PagesTotal));
        // ...and a new stage starts from zero rather than carrying the last count.
        progress.BeginPages("rendering", 7);
        Assert.Equal((0, 7), (progress.PagesDone, progress.PagesTotal));
        for (var i = 0; i < 7; i++) progress.PageDone();
        Assert.Equal(7, progress.PagesDone);
        progress.Stage = "writing";
        Assert.Equal(0, progress.PagesTotal);
        Assert.Equal(["loading", "parsing", "rendering", "applying layouts", "rendering"], progress.Timings().Select(t => t.Stage).Take(5));
    }
}
