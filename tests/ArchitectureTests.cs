using System.Text.RegularExpressions;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The walls of docs/architecture.md, checked on every file of src/: each library is named (in a
/// using directive or a qualified name) only in its folder, Diagnostics depends on nothing of ours,
/// Output knows nothing of Markdown or templates, and the pipeline knows nothing of the preview or
/// the command line. Comments are stripped first, so prose may name any library.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>Namespace prefix → the only places (folders end with '/') that may name it.</summary>
    private static readonly (string Namespace, string[] Allowed)[] Walls =
    [
        ("YamlDotNet", ["src/Yaml/"]),
        ("Markdig", ["src/Markdown/"]),
        ("Scriban", ["src/Templates/"]),
        ("Plotly.NET", ["src/Charts/FigureBuilder.cs"]),
        ("System.CommandLine", ["src/Program.cs"]),
        ("Microsoft.AspNetCore", ["src/Preview/"]),
        ("AngleSharp", ["src/Validation/HtmlIds.cs", "src/Validation/IdTree.cs", "src/Validation/ElementFlags.cs", "src/Validation/PageReferences.cs"]),
        ("NUglify", ["src/Output/Minifier.cs"]),
        ("SkiaSharp", ["src/Sharing/SocialCard.cs"]),
        ("HarfBuzzSharp", ["src/Sharing/SocialCard.cs"]),
    ];

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@?""(?:[^""\\\n]|\\.|"""")*""", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();

    private static IEnumerable<(string Path, string Code)> Sources() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Checkout, "src"), "*.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Repo.Checkout, f).Replace('\\', '/'), CommentsAndStrings().Replace(File.ReadAllText(f), " ")));

    [Fact]
    public void Each_library_is_named_only_in_its_folder()
    {
        var breaches = new List<string>();
        foreach (var (path, code) in Sources())
            foreach (var (name, allowed) in Walls)
                if (Regex.IsMatch(code, @"(?<![\w.])" + Regex.Escape(name) + @"\b") && !allowed.Any(a => a.EndsWith('/') ? path.StartsWith(a, StringComparison.Ordinal) : path == a))
                    breaches.Add($"{path} names {name}, which lives in {string.Join(", ", allowed)}");
        Assert.True(breaches.Count == 0, string.Join("\n", breaches));
    }

    [Theory]
    [InlineData("src/Diagnostics/", new[] { "Site." }, new[] { "Site.Diagnostics" })]
    [InlineData("src/Output/", new[] { "Site.Markdown", "Site.Templates", "Site.Charts" }, new string[0])]
    [InlineData("src/", new[] { "Site.Preview", "Site.Cli" }, new[] { "src/Preview/", "src/Cli/", "src/Program.cs" })]
    public void Pipeline_folders_do_not_reference_what_they_must_not(string folder, string[] forbidden, string[] exceptions)
    {
        var breaches = new List<string>();
        foreach (var (path, code) in Sources().Where(s => s.Path.StartsWith(folder, StringComparison.Ordinal)))
        {
            if (exceptions.Any(e => path.StartsWith(e, StringComparison.Ordinal))) continue;
            foreach (Match reference in Regex.Matches(code, @"(?<![\w.])Site\.[A-Z]\w*"))
                if (forbidden.Any(f => reference.Value.StartsWith(f, StringComparison.Ordinal)) && !exceptions.Contains(reference.Value))
                    breaches.Add($"{path} references {reference.Value}");
        }
        Assert.True(breaches.Count == 0, string.Join("\n", breaches));
    }
}
