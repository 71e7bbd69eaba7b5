using Site.Output;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// A plain build streams each page into its staging folder as soon as the page is rendered
/// (<see cref="StagingFolder"/>): the files are the bytes an in-memory build holds, and a failure
/// found after pages were streamed (a broken #anchor, --strict) or a crash leaves output/ as it was
/// and no staging folder behind.
/// </summary>
public sealed class StreamedOutputTests
{
    [Fact]
    public void Streamed_pages_are_byte_for_byte_what_an_in_memory_build_holds()
    {
        using var site = new TempDirectory();
        var options = new BuildOptions(Repo.Input, Repo.Theme, site.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: Repo.Root);
        var built = SiteBuilder.Build(options);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Contains(built.Files, f => f.IsStaged);

        var inMemory = SiteBuilder.Generate(options);
        Assert.DoesNotContain(inMemory.Files, f => f.IsStaged);
        var expected = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in inMemory.Files) expected[file.RelativePath] = file.Content ?? File.ReadAllBytes(file.CopyFrom!);
        OutputSnapshot.AssertEqual(expected, OutputSnapshot.Take(site.Combine("output")));
        // The result lists every file, and a streamed page's CopyFrom is where it now is.
        Assert.Equal(expected.Keys, built.Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal));
        Assert.All(built.Files.Where(f => f.IsStaged), f => Assert.Equal(site.Combine("output", f.RelativePath), f.CopyFrom));
    }

    [Fact]
    public void A_broken_anchor_found_after_pages_were_streamed_leaves_the_previous_output_and_no_staging_folder()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = OutputSnapshot.Take(site.Combine("output"));
        // Anchors are checked once every page is rendered, so this error is found after the pages were written.
        File.AppendAllText(site.Combine("input", "index.md"), "\nSee [the risks](risks.md#no-such-heading).\n");

        string? stagingPath;
        using (var staging = new StagingFolder(options.OutputDirectory))
        {
            var result = SiteBuilder.Generate(options, staging: staging);
            var error = Assert.Single(result.Diagnostics, d => d.IsError).ToString();
            Assert.StartsWith("input/index.md:", error);
            Assert.EndsWith(": error LINK003: broken anchor 'risks.md#no-such-heading': page /risks/ has no heading or element with id 'no-such-heading'; did you mean '#toc-heading'?", error);
            stagingPath = staging.CreatedPath;
            Assert.NotNull(stagingPath);
            staging.Drain();
            Assert.True(File.Exists(Path.Combine(stagingPath, "index.html")), "pages are written while the build renders");
            Assert.Empty(result.Files);
        }
        Assert.False(Directory.Exists(stagingPath));
        OutputSnapshot.AssertEqual(before, OutputSnapshot.Take(site.Combine("output")));

        AssertTheBuildCommandFailsAndLeavesTheOutput(options, before, site);
    }

    [Fact]
    public void A_strict_failure_found_after_pages_were_streamed_leaves_the_previous_output_and_no_staging_folder()
    {
        // A site whose missing translations are warnings, and errors under --strict.
        var folder = Path.Combine(Repo.Cases, "languages", "one-language-page");
        using var site = new TempDirectory();
        var lenient = new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "theme"), site.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: folder);
        Assert.True(SiteBuilder.Build(lenient).Succeeded);
        var before = OutputSnapshot.Take(site.Combine("output"));
        var strict = lenient with { Strict = true };

        string? stagingPath;
        using (var staging = new StagingFolder(strict.OutputDirectory))
        {
            var result = SiteBuilder.Generate(strict, staging: staging);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == "PAGE007");
            stagingPath = staging.CreatedPath;
            Assert.NotNull(stagingPath);
            staging.Drain();
            Assert.True(File.Exists(Path.Combine(stagingPath, "note", "index.html")), "pages are written while the build renders");
        }
        Assert.False(Directory.Exists(stagingPath));
        AssertTheBuildCommandFailsAndLeavesTheOutput(strict, before, site);
    }

    /// <summary>The build command's path: exit 1 and no bug, output/ as it was, nothing left beside it.</summary>
    private static void AssertTheBuildCommandFailsAndLeavesTheOutput(BuildOptions options, SortedDictionary<string, byte[]> before, TempDirectory site)
    {
        var bad = InProcessBuild.Run(options);
        Assert.Null(bad.Bug);
        Assert.Equal(1, bad.ExitCode);
        OutputSnapshot.AssertEqual(before, OutputSnapshot.Take(site.Combine("output")));
        Assert.Single(Directory.EnumerateDirectories(site.Path, "output*"));
    }

    [Fact]
    public void A_build_that_fails_while_its_cards_are_drawn_returns_only_once_they_are_and_leaves_no_staging_folder()
    {
        // No previous output: every card is drawn (about 65 here), while the layouts render and after. The
        // broken anchor is found once the pages are written; the build must not return while cards or
        // citations are still being written into the staging folder it then deletes.
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        File.AppendAllText(site.Combine("input", "index.md"), "\nSee [the risks](risks.md#no-such-heading).\n");
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path);

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "output*"));
        // A card or citation written late would make the folder again: none comes.
        Thread.Sleep(TimeSpan.FromSeconds(1));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "output*"));
    }

    [Fact]
    public void A_build_that_throws_after_writing_pages_removes_its_staging_folder()
    {
        using var site = new TempDirectory();
        site.Write("output/index.html", "the published page");
        string? stagingPath = null;
        // What SiteBuilder.Build does: the staging folder is disposed on the way out of a crash.
        void CrashingBuild()
        {
            using var staging = new StagingFolder(site.Combine("output"));
            staging.WritePage("index.html", "<p>new</p>");
            staging.WritePage("deep/page/index.html", "<p>new</p>");
            stagingPath = staging.CreatedPath;
            throw new InvalidOperationException("a bug half-way through the build");
        }
        var crash = Assert.Throws<InvalidOperationException>(CrashingBuild);
        Assert.Equal("a bug half-way through the build", crash.Message);
        Assert.NotNull(stagingPath);
        Assert.False(Directory.Exists(stagingPath));
        Assert.Equal("the published page", File.ReadAllText(site.Combine("output", "index.html")));
        Assert.Single(Directory.EnumerateDirectories(site.Path, "output*"));
    }

    [Fact]
    public void A_build_that_fails_before_rendering_creates_no_staging_folder()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        site.Write("input/index.md", "---\ntitle: [broken\n---\n");
        using var staging = new StagingFolder(site.Combine("output"));
        var result = SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path), staging: staging);
        Assert.False(result.Succeeded);
        Assert.Null(staging.CreatedPath);
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "output*"));
    }
}
