using System.Text.RegularExpressions;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Following an example in README or docs/ never touches the explainer's own content: every file an
/// example creates (`new page|table|chart NAME`, or a file shown under its path, "`input/data/x.yml`:")
/// is a name that input/ does not hold, so a newcomer who types it builds something of their own.
/// </summary>
public sealed partial class DocsExamplesTests
{
    [GeneratedRegex(@"\bnew (page|table|chart) ([a-z0-9][a-z0-9/._-]*)")]
    private static partial Regex NewCommand();

    [GeneratedRegex(@"^`(input/[^`]+)`:\s*$", RegexOptions.Multiline)]
    private static partial Regex ShownFile();

    [Fact]
    public void No_example_names_a_file_that_exists_in_input()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Repo.Checkout, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(Repo.Checkout, "README.md"));
        var clashes = new List<string>();
        var examples = 0;
        foreach (var document in documents)
        {
            var text = File.ReadAllText(document);
            var name = Path.GetRelativePath(Repo.Checkout, document).Replace('\\', '/');
            foreach (Match command in NewCommand().Matches(text))
            {
                var target = command.Groups[2].Value.TrimEnd('.');
                var path = command.Groups[1].Value == "table" ? $"input/data/{target}.yml" : $"input/{(target.EndsWith(".md", StringComparison.Ordinal) ? target : target + ".md")}";
                examples++;
                if (File.Exists(Path.Combine(Repo.Checkout, path))) clashes.Add($"{name}: '{command.Value}' would create {path}, which exists");
            }
            foreach (Match shown in ShownFile().Matches(text))
            {
                examples++;
                if (File.Exists(Path.Combine(Repo.Checkout, shown.Groups[1].Value))) clashes.Add($"{name}: the example file {shown.Groups[1].Value} exists");
            }
        }
        Assert.True(examples >= 4, $"only {examples} examples found: the patterns no longer match the docs");
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }
}
