using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests.Editing;

/// <summary>`check` is `build` without writing: the same diagnostics, the same exit code, no output/.</summary>
public sealed class CheckCommandTests
{
    [Theory]
    [InlineData("charts/errors")]
    [InlineData("data/bad-columns")]
    [InlineData("embeds/errors")]
    [InlineData("frontmatter/unknown-and-wrong-types")]
    [InlineData("frontmatter/missing-description-warns")]
    [InlineData("links/broken")]
    [InlineData("site/many-errors-one-build")]
    [InlineData("templates/theme-errors")]
    [InlineData("pages/clean-urls")]
    public void Check_reports_exactly_what_build_reports_and_writes_nothing(string caseName)
    {
        using var site = CaseSite.Copy(caseName);
        var args = CaseSite.Args(caseName);

        // What build reports: its own steps in the test process (the command line's build is run as a
        // process by CliTests and BadInputTests); check runs as the real command.
        var build = InProcessBuild.Run(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"),
            BasePath: Arg(args, "--base-path"), SiteUrl: Arg(args, "--site-url"), IncludeDrafts: args.Contains("--drafts"), DisplayRoot: site.Path));
        Assert.Null(build.Bug);
        if (Directory.Exists(site.Combine("output"))) Directory.Delete(site.Combine("output"), recursive: true);
        var check = SiteProcess.Run(site.Path, ["check", .. args]);

        Assert.Equal(build.ExitCode, check.ExitCode);
        Assert.Equal(build.Printed, Diagnostics(check.Stderr));
        Assert.Equal(File.Exists(Path.Combine(Repo.Cases, caseName, "expected.txt")) ? File.ReadAllText(Path.Combine(Repo.Cases, caseName, "expected.txt")) : "",
            string.Concat(Diagnostics(check.Stderr).Select(l => l + "\n")));
        Assert.False(Directory.Exists(site.Combine("output")), "check wrote output/");
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "output*"));
        if (check.ExitCode == 0) Assert.Matches(@"^Checked \d+ pages, \d+ tables, \d+ charts, \d+ warnings? in \d+ ms: no errors\.\n$", check.Stdout);
        else Assert.Matches(@"\nCheck failed: \d+ errors? \(", "\n" + check.Stderr);
    }

    [Fact]
    public void Check_of_the_real_site_passes()
    {
        var check = SiteProcess.Run(Repo.Root, ["check"]);
        // Every line on stderr would be a diagnostic: none, not even a warning.
        Assert.Equal("", check.Stderr);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void Check_refuses_a_missing_input_folder_as_a_usage_error()
    {
        using var temp = new TempDirectory();
        var check = SiteProcess.Run(temp.Path, ["check", "--input", "nowhere"]);
        Assert.Equal(2, check.ExitCode);
        Assert.Equal("site: the input folder 'nowhere' does not exist\n", check.Stderr);
    }

    private static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>A slow machine would print build progress lines, which are not diagnostics.</summary>
    internal static readonly Dictionary<string, string> QuietProgress = new() { ["SITE_PROGRESS_AFTER_MS"] = "3600000" };

    /// <summary>The diagnostic lines of a run (the summary line left out).</summary>
    private static List<string> Diagnostics(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("Build failed", StringComparison.Ordinal) && !l.StartsWith("Check failed", StringComparison.Ordinal)).ToList();
}
