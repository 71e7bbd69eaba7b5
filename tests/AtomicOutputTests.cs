using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>A failed build leaves the previous output/ byte for byte; a good one replaces it whole.</summary>
public sealed class AtomicOutputTests
{
    [Theory]
    [InlineData("input/index.md", "---\ntitle: [broken\n---\n")]
    [InlineData("input/data/extra.yml", "title: T\nsource: { title: S }\ncolumns: [{ id: a, label: A, type: number }]\nrows: [{ a: x }]\n")]
    [InlineData("input/site.yml", "title: { en: unclosed\n")]
    [InlineData("theme/layouts/page.sbn-html", "{{ for }}")]
    [InlineData("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\n[broken](nowhere.md)\n")]
    public void A_failed_build_leaves_the_previous_output_untouched(string file, string brokenText)
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        // The published site.
        var good = SiteBuilder.Build(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path));
        Assert.True(good.Succeeded, string.Join("\n", good.Diagnostics));
        var before = OutputSnapshot.Take(site.Combine("output"));
        var timesBefore = Directory.GetLastWriteTimeUtc(site.Combine("output"));

        site.Write(file, brokenText);
        // The build command's steps in the test process (InProcessBuild); the swap itself is
        // SiteBuilder.Build's, and the test below runs the real command line twice.
        var bad = InProcessBuild.Run(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path));

        Assert.Null(bad.Bug);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains(bad.Printed, line => line.StartsWith(file + ":", StringComparison.Ordinal));
        OutputSnapshot.AssertEqual(before, OutputSnapshot.Take(site.Combine("output")));
        Assert.Equal(timesBefore, Directory.GetLastWriteTimeUtc(site.Combine("output")));
        // No staging folder is left behind either.
        Assert.Single(Directory.EnumerateDirectories(site.Path, "output*"));
    }

    [Fact]
    public void A_good_build_replaces_the_output_whole_and_removes_stale_files()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHome.\n");
        site.Write("input/old.md", "---\ntitle: Old\ndescription: Old.\n---\nOld.\n");
        Assert.Equal(0, SiteProcess.Run(site.Path, []).ExitCode);
        Assert.True(File.Exists(site.Combine("output", "old", "index.html")));

        File.Delete(site.Combine("input", "old.md"));
        Assert.Equal(0, SiteProcess.Run(site.Path, []).ExitCode);

        Assert.False(Directory.Exists(site.Combine("output", "old")));
        Assert.Single(Directory.EnumerateDirectories(site.Path, "output*"));
    }
}
