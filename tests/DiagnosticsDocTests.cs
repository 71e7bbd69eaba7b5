using System.Reflection;
using System.Text.RegularExpressions;
using Site.Diagnostics;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// One catalog of diagnostics (src/Diagnostics/Codes.cs): docs/diagnostics.md is generated from it,
/// every code src/ names is in it, every code in it is reported somewhere, and each is defined once.
/// </summary>
public sealed partial class DiagnosticsDocTests
{
    /// <summary>A code as users read it: letters (digits inside, as in I18N), then three digits.</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*[A-Z][0-9]{3}\b")]
    private static partial Regex CodeShape();

    /// <summary>C# string literals (raw, verbatim, regular, interpolated or not), and what must be skipped to find them: char literals and comments.</summary>
    [GeneratedRegex(@"(?<string>""""""[\s\S]*?""""""|\$?@""(?:[^""]|"""")*""|@?\$?""(?:[^""\\\n]|\\.)*"")|'(?:[^'\\\n]|\\.)+'|//[^\n]*|/\*[\s\S]*?\*/")]
    private static partial Regex LiteralOrSkipped();

    /// <summary>A use of the catalog, outside it: <c>Codes.PAGE003</c>.</summary>
    [GeneratedRegex(@"\bCodes\.([A-Z][A-Z0-9]*[A-Z][0-9]{3})\b")]
    private static partial Regex CatalogUse();

    private static readonly string Catalog = Path.Combine("src", "Diagnostics", "Codes.cs");

    private static IEnumerable<(string Path, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Checkout, "src"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(Repo.Checkout, file), File.ReadAllText(file)));

    private static IEnumerable<string> StringLiterals(string code) =>
        LiteralOrSkipped().Matches(code).Where(m => m.Groups["string"].Success).Select(m => m.Value);

    private static HashSet<string> Known() =>
        Codes.All.Select(c => c.Id).Concat(Codes.Retired.Select(r => r.Id)).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Committed_doc_equals_the_one_generated_from_the_catalog()
    {
        var committed = File.ReadAllText(Path.Combine(Repo.Checkout, DiagnosticsDoc.DefaultPath)).ReplaceLineEndings("\n");
        Assert.True(committed == DiagnosticsDoc.Generate(),
            "docs/diagnostics.md differs from src/Diagnostics/Codes.cs: run `dotnet run -- diagnostics-doc` and commit the result");
    }

    [Fact]
    public void The_doc_has_a_section_for_every_code_with_its_severity_message_and_help()
    {
        var doc = DiagnosticsDoc.Generate();
        Assert.Equal(Codes.All.Count + Codes.Retired.Count, Regex.Matches(doc, @"^### ", RegexOptions.Multiline).Count);
        var strict = doc[doc.IndexOf("\n### PAGE007\n", StringComparison.Ordinal)..];
        Assert.StartsWith("\n### PAGE007\n\nWarning (an error with `--strict`), reported while checking the files against each other.\n\n```\n"
            + "path:line:column: warning PAGE007: this page has no twin in '{language}'", strict, StringComparison.Ordinal);
        Assert.Contains("\n### I18N005\n\nNote (an error with `--strict`), reported while reading a file.\n", doc, StringComparison.Ordinal);
        Assert.Contains("\n### SITE004\n\nRetired:", doc, StringComparison.Ordinal);
        // A message holding ``` is fenced with four, so the fence does not end inside it.
        Assert.Contains("\n````\npath:line:column: error PAGE011: {what is wrong with the YAML}, e.g. a ```{kind}``` block", doc, StringComparison.Ordinal);
        // The prose that is not about one code stays.
        Assert.Contains("\n## Raw HTML in pages (PAGE014)\n", doc, StringComparison.Ordinal);
        Assert.Contains("`site: internal error`, exits 3", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_code_a_string_of_src_names_is_in_the_catalog_and_only_the_catalog_writes_one_alone()
    {
        var known = Known();
        var unknown = new List<string>();
        var bare = new List<string>();
        foreach (var (path, text) in SourceFiles())
        {
            foreach (var literal in StringLiterals(text))
            {
                foreach (Match code in CodeShape().Matches(literal))
                    if (!known.Contains(code.Value)) unknown.Add($"{path}: {code.Value} in {literal}");
                // A literal that is just a code is a call site going around the catalog (or the catalog itself).
                if (path != Catalog && CodeShape().Match(literal.Trim('"', '$', '@')) is { Success: true } whole && whole.Length == literal.Trim('"', '$', '@').Length)
                    bare.Add($"{path}: {literal}");
            }
        }
        Assert.True(StringLiterals(File.ReadAllText(Path.Combine(Repo.Checkout, Catalog))).Count(l => CodeShape().IsMatch(l)) >= Codes.All.Count,
            "the literal scan no longer finds the catalog's own codes: the pattern is broken");
        Assert.Empty(unknown);
        Assert.Empty(bare);
    }

    [Fact]
    public void Every_code_of_the_catalog_is_reported_by_src_and_every_use_names_one_it_defines()
    {
        var used = SourceFiles().Where(f => f.Path != Catalog)
            .SelectMany(f => CatalogUse().Matches(f.Text).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var defined = Codes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(defined.Where(id => !used.Contains(id)).Order(StringComparer.Ordinal));
        Assert.Empty(used.Where(id => !defined.Contains(id)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_code_is_defined_once_under_its_own_name_with_a_message_and_help()
    {
        var fields = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DiagnosticCode)).ToList();
        Assert.Equal(fields.Count, Codes.All.Count);
        foreach (var field in fields)
        {
            var code = (DiagnosticCode)field.GetValue(null)!;
            Assert.Equal(field.Name, code.Id);
            Assert.Same(code, Codes.All.Single(c => c.Id == code.Id));
        }
        foreach (var code in Codes.All)
        {
            Assert.Matches(@"^[A-Z][A-Z0-9]*[A-Z][0-9]{3}$", code.Id);
            Assert.False(string.IsNullOrWhiteSpace(code.Message), code.Id);
            Assert.True(code.Help.EndsWith('.') || code.Help.EndsWith(')'), $"{code.Id}: the help is a sentence: {code.Help}");
            Assert.False(code.ErrorWithStrict && code.Severity == Severity.Error, $"{code.Id} is an error already; --strict cannot raise it");
        }
        Assert.DoesNotContain(Codes.Retired, r => Codes.All.Any(c => c.Id == r.Id));
    }

    [Fact]
    public void Every_code_the_docs_and_readme_name_is_in_the_catalog()
    {
        var known = Known();
        var files = Directory.EnumerateFiles(Path.Combine(Repo.Checkout, "docs"), "*.md").Append(Path.Combine(Repo.Checkout, "README.md"));
        var unknown = files.SelectMany(file => CodeShape().Matches(File.ReadAllText(file))
                .Where(m => !known.Contains(m.Value)).Select(m => $"{Path.GetFileName(file)}: {m.Value}"))
            .ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void A_code_takes_its_severity_from_the_catalog_and_only_a_code_the_catalog_allows_becomes_a_warning()
    {
        var file = new SourceFile("/x/input/a.md", "input/a.md", "a.md", "---\n");
        var bag = new DiagnosticBag();
        bag.Report(file.At(1, 1), Codes.PAGE004, "no 'description'");
        bag.Report(file.At(2, 1), Codes.I18N005, "waits");
        bag.Report(file.At(3, 1), Codes.TPL001.AsWarning, "template syntax: a warning");
        Assert.Equal(
            ["input/a.md:1:1: warning PAGE004: no 'description'", "input/a.md:2:1: note I18N005: waits", "input/a.md:3:1: warning TPL001: template syntax: a warning"],
            bag.Sorted().Select(d => d.ToString()));
        Assert.False(bag.HasErrors);
        Assert.Throws<InvalidOperationException>(() => Codes.PAGE003.AsWarning);
        Assert.Equal(["I18N003", "I18N004", "I18N005", "PAGE007"], Codes.RaisedByStrict.Order(StringComparer.Ordinal));
    }
}
