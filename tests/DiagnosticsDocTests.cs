using System.Text.RegularExpressions;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// docs/diagnostics.md and the code agree: every code the generator can report is documented, and
/// every documented code is reported somewhere (or marked retired). A step towards one catalog.
/// </summary>
public sealed partial class DiagnosticsDocTests
{
    [GeneratedRegex(@"""([A-Z]{3,5}[0-9]{3})""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"^\| ([A-Z]{3,5}[0-9]{3}) \|([^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();

    [Fact]
    public void Every_code_the_generator_reports_is_documented_and_every_documented_code_is_reported()
    {
        var used = Directory.EnumerateFiles(Path.Combine(Repo.Checkout, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var documented = DocumentedCode().Matches(File.ReadAllText(Path.Combine(Repo.Checkout, "docs", "diagnostics.md")))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);
        Assert.True(used.Count > 40, $"only {used.Count} codes found in src/: the pattern no longer matches");
        Assert.Empty(used.Where(code => !documented.ContainsKey(code)).Order(StringComparer.Ordinal));
        Assert.Empty(documented.Where(d => !used.Contains(d.Key) && d.Value != "(retired)").Select(d => d.Key).Order(StringComparer.Ordinal));
    }
}
