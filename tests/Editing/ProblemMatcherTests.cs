using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests.Editing;

/// <summary>
/// The pull-request workflow's problem matcher (.github/problem-matchers/site.json) finds every
/// diagnostic of a real build's output, with the right file, line, column, severity, code and
/// message, and nothing else. GitHub applies the pattern as a JavaScript regex: it keeps to the
/// syntax .NET and JavaScript share.
/// </summary>
public sealed class ProblemMatcherTests
{
    private static readonly string MatcherPath = Path.Combine(Repo.Checkout, ".github", "problem-matchers", "site.json");

    [Theory]
    [InlineData("charts/errors")]
    [InlineData("data/bad-values")]
    [InlineData("frontmatter/missing-description-warns")]
    [InlineData("site/many-errors-one-build")]
    [InlineData("templates/theme-errors")]
    public void Every_diagnostic_of_a_real_build_becomes_one_annotation_at_its_place(string caseName)
    {
        var (pattern, groups) = Matcher();
        using var site = CaseSite.Copy(caseName);
        var run = SiteProcess.Run(site.Path, ["build", .. CaseSite.Args(caseName)], CheckCommandTests.QuietProgress);
        var expected = SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused",
            SiteUrl: "https://example.org", DisplayRoot: site.Path)).Diagnostics;
        Assert.NotEmpty(expected);

        var annotations = (run.Stdout + run.Stderr).Split('\n').Select(line => pattern.Match(line)).Where(m => m.Success).ToList();
        Assert.Equal(expected.Count, annotations.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var match = annotations[i];
            var diagnostic = expected[i];
            Assert.Equal(diagnostic.Path, match.Groups[groups["file"]].Value);
            Assert.True(File.Exists(site.Combine(match.Groups[groups["file"]].Value)), "the file must exist relative to the working directory");
            Assert.Equal(diagnostic.Line.ToString(), match.Groups[groups["line"]].Value);
            Assert.Equal(diagnostic.Column.ToString(), match.Groups[groups["column"]].Value);
            Assert.Equal(diagnostic.IsError ? "error" : "warning", match.Groups[groups["severity"]].Value);
            Assert.Equal(diagnostic.Code, match.Groups[groups["code"]].Value);
            Assert.Equal(diagnostic.Message, match.Groups[groups["message"]].Value);
        }
    }

    [Theory]
    [InlineData("Build failed: 3 errors (2 pages, 0 tables, 0 charts, 0 warnings); output/ left unchanged.")]
    [InlineData("Built 12 pages, 8 tables, 9 charts, 0 warnings in 900 ms → output/")]
    [InlineData("site: the input folder 'x' does not exist")]
    [InlineData("site: internal error (NullReferenceException: Object reference not set); output/ was left as it was.")]
    [InlineData("   at Site.SiteBuilder.Generate(BuildOptions options) in /src/SiteBuilder.cs:line 12")]
    [InlineData("  Passed Site.Tests.CaseTests.Case(name: \"x\") [12 ms]")]
    public void Lines_that_are_not_diagnostics_make_no_annotation(string line)
    {
        Assert.DoesNotMatch(Matcher().Pattern, line);
    }

    [Fact]
    public void The_pattern_uses_only_syntax_javascript_reads_the_same()
    {
        var regexp = Matcher().Pattern.ToString();
        // No named groups, lookbehind, possessive or atomic groups, inline options or \A \Z anchors.
        Assert.DoesNotMatch(@"\(\?|\\[AZzG]|[*+?}]\+", regexp);
    }

    [Fact]
    public void The_pull_request_workflow_registers_the_matcher_and_runs_check_build_tests_and_upload()
    {
        var workflow = File.ReadAllText(Path.Combine(Repo.Checkout, ".github", "workflows", "pull-request.yml"));
        Assert.Contains("pull_request:", workflow);
        Assert.Contains("::add-matcher::.github/problem-matchers/site.json", workflow);
        Assert.Contains("-- check", workflow);
        Assert.Contains("-- build", workflow);
        Assert.Contains("dotnet test tests", workflow);
        Assert.Contains("actions/upload-artifact", workflow);
        Assert.DoesNotContain("--filter", workflow);
        using var json = JsonDocument.Parse(File.ReadAllText(MatcherPath));
        Assert.Contains($"owner={json.RootElement.GetProperty("problemMatcher")[0].GetProperty("owner").GetString()}", workflow);
    }

    private static (Regex Pattern, Dictionary<string, int> Groups) Matcher()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(MatcherPath));
        var pattern = json.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        var groups = new Dictionary<string, int>();
        foreach (var property in pattern.EnumerateObject())
            if (property.Value.ValueKind == JsonValueKind.Number) groups[property.Name] = property.Value.GetInt32();
        Assert.Equal(["code", "column", "file", "line", "message", "severity"], groups.Keys.Order(StringComparer.Ordinal));
        // ECMAScript mode: .NET then refuses constructs JavaScript does not have.
        return (new Regex(pattern.GetProperty("regexp").GetString()!, RegexOptions.ECMAScript), groups);
    }
}
