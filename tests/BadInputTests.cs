using System.Collections.Concurrent;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The corpus of editors' mistakes under tests/cases/bad/ (CaseTests checks each one's exact
/// diagnostics): here each is built by the real command line over an output/ that holds a previous
/// site, which must exit 1, print every diagnostic of expected.txt and no stack trace, and leave
/// that output/ byte for byte as it was.
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
        // Processes, two at a time: the machine is shared, and each run is short.
        Parallel.ForEach(BadCases(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, folder =>
        {
            var name = Path.GetFileName(folder);
            var output = Path.Combine(temp.Path, name, "output");
            Directory.CreateDirectory(Path.Combine(output, "old"));
            File.WriteAllText(Path.Combine(output, "index.html"), "<p>the published site</p>\n");
            File.WriteAllText(Path.Combine(output, "old", "index.html"), "<p>an older page</p>\n");
            var before = OutputSnapshot.Take(output);

            var theme = Directory.Exists(Path.Combine(folder, "theme")) ? "theme" : Path.Combine(Repo.Cases, "_theme");
            var run = SiteProcess.Run(folder, ["build", "--input", "input", "--theme", theme, "--output", output, "--site-url", "https://example.org"]);

            var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"));
            var printed = run.Stderr.Split('\n');
            if (run.ExitCode != 1) failures.Add($"{name}: exit {run.ExitCode}\n{run.Stderr}");
            if (run.Stderr.Contains("   at ", StringComparison.Ordinal) || run.Stderr.Contains("internal error", StringComparison.Ordinal))
                failures.Add($"{name}: a stack trace or internal error\n{run.Stderr}");
            foreach (var line in expected.Where(l => !printed.Contains(l))) failures.Add($"{name}: not printed: {line}");
            var after = OutputSnapshot.Take(output);
            if (!before.Keys.SequenceEqual(after.Keys) || before.Any(f => !f.Value.AsSpan().SequenceEqual(after[f.Key])))
                failures.Add($"{name}: the previous output/ changed");
            if (Directory.EnumerateDirectories(Path.Combine(temp.Path, name)).Count() != 1)
                failures.Add($"{name}: a staging folder was left beside output/");
        });
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }
}
