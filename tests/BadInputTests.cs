using System.Collections.Concurrent;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// The corpus of editors' mistakes under tests/cases/bad/ (CaseTests checks each one's exact
/// diagnostics): here each is built as the build command builds it, over an output/ that holds a
/// previous site, which must exit 1, print every diagnostic of expected.txt and no stack trace, and
/// leave that output/ byte for byte as it was. Every case runs in the test process (InProcessBuild);
/// a sample runs as a real process too, where the exit code, stderr and summary line are the point.
/// </summary>
public sealed class BadInputTests
{
    private static IEnumerable<string> BadCases() =>
        Directory.EnumerateDirectories(Path.Combine(Repo.Cases, "bad")).Order(StringComparer.Ordinal);

    [Fact]
    public void The_corpus_covers_at_least_thirty_mistakes_each_with_its_diagnostics()
    {
        var cases = BadCases().ToList();
        Assert.True(cases.Count >= 30, $"only {cases.Count} cases under tests/cases/bad/");
        foreach (var folder in cases)
        {
            var expected = Path.Combine(folder, "expected.txt");
            Assert.True(File.Exists(expected), $"{folder} has no expected.txt");
            Assert.Contains(": error ", File.ReadAllText(expected));
        }
    }

    [Fact]
    public void Every_mistake_exits_1_with_its_diagnostics_and_leaves_the_previous_output_untouched()
    {
        using var temp = new TempDirectory();
        var failures = new ConcurrentBag<string>();
        // In the test process (InProcessBuild: the build command's own steps), two at a time: no
        // process start and no JIT per case. The real command line runs a sample below.
        Parallel.ForEach(BadCases(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, folder =>
        {
            var name = Path.GetFileName(folder);
            var output = PublishedSite(temp, name);
            var before = OutputSnapshot.Take(output);
            var run = InProcessBuild.Run(new BuildOptions(Path.Combine(folder, "input"), Theme(folder), output, SiteUrl: "https://example.org", DisplayRoot: folder));
            if (run.Bug is not null) failures.Add($"{name}: an internal error (exit 3)\n{run.Bug}");
            else if (run.ExitCode != 1) failures.Add($"{name}: exit {run.ExitCode}\n{string.Join("\n", run.Printed)}");
            foreach (var failure in Unchanged(folder, temp, output, before, run.Printed)) failures.Add(failure);
        });
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    /// <summary>A sample of the corpus (tables, templates, links out of input/, bytes that are not UTF-8) through the real command line.</summary>
    [Theory]
    [InlineData("yaml-syntax-table")]
    [InlineData("runaway-recursion")]
    [InlineData("symlink-outside")]
    [InlineData("invalid-utf8")]
    public void The_real_command_line_exits_1_prints_them_with_no_stack_trace_and_leaves_the_output(string name)
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(Repo.Cases, "bad", name);
        var output = PublishedSite(temp, name);
        var before = OutputSnapshot.Take(output);
        var theme = Directory.Exists(Path.Combine(folder, "theme")) ? "theme" : Path.Combine(Repo.Cases, "_theme");
        var run = SiteProcess.Run(folder, ["build", "--input", "input", "--theme", theme, "--output", output, "--site-url", "https://example.org"]);

        var failures = Unchanged(folder, temp, output, before, run.Stderr.Split('\n')).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{run.Stderr}");
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("internal error", run.Stderr);
        Assert.Matches(@"\nBuild failed: \d+ errors? \(.*; .*output/ left unchanged\.\n$", "\n" + run.Stderr);
    }

    private static string Theme(string folder) =>
        Directory.Exists(Path.Combine(folder, "theme")) ? Path.Combine(folder, "theme") : Path.Combine(Repo.Cases, "_theme");

    /// <summary>An output/ that holds a previous site, in a folder of the case's own.</summary>
    private static string PublishedSite(TempDirectory temp, string name)
    {
        var output = Path.Combine(temp.Path, name, "output");
        Directory.CreateDirectory(Path.Combine(output, "old"));
        File.WriteAllText(Path.Combine(output, "index.html"), "<p>the published site</p>\n");
        File.WriteAllText(Path.Combine(output, "old", "index.html"), "<p>an older page</p>\n");
        return output;
    }

    /// <summary>What is wrong after a failed build: an expected diagnostic not printed, output/ changed, a staging folder left.</summary>
    private static IEnumerable<string> Unchanged(string folder, TempDirectory temp, string output, SortedDictionary<string, byte[]> before, IReadOnlyList<string> printed)
    {
        var name = Path.GetFileName(folder);
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => !printed.Contains(l)))
            yield return $"{name}: not printed: {line}";
        var after = OutputSnapshot.Take(output);
        if (!before.Keys.SequenceEqual(after.Keys) || before.Any(f => !f.Value.AsSpan().SequenceEqual(after[f.Key])))
            yield return $"{name}: the previous output/ changed";
        if (Directory.EnumerateDirectories(Path.Combine(temp.Path, name)).Count() != 1)
            yield return $"{name}: a staging folder was left beside output/";
    }
}
