using System.Text.RegularExpressions;
using Site.Schemas;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Schemas;

/// <summary>
/// The schemas editors validate against: generated from the code (no drift), accepting every real
/// file of input/, and rejecting every mistake of the bad cases that a schema can express.
/// </summary>
public sealed partial class SchemaTests
{
    [Fact]
    public void Committed_schemas_equal_the_ones_generated_from_the_code()
    {
        var generated = SchemaGenerator.All();
        var committed = Directory.EnumerateFiles(SchemaFiles.Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(generated.Select(s => s.FileName).Order(StringComparer.Ordinal), committed);
        foreach (var (fileName, json) in generated)
            Assert.True(json == File.ReadAllText(Path.Combine(SchemaFiles.Folder, fileName)),
                $"schemas/{fileName} differs from the code's formats: run `dotnet run -- schemas` and commit the result");
    }

    [Fact]
    public void The_build_publishes_the_schemas_with_the_site()
    {
        var result = RealSite.Generated;
        foreach (var (fileName, json) in SchemaGenerator.All())
        {
            var file = Assert.Single(result.Files, f => f.RelativePath == "schemas/" + fileName);
            Assert.Equal(json, System.Text.Encoding.UTF8.GetString(file.Content!));
        }
    }

    public static TheoryData<string> InputFiles() => new(InputPaths());

    private static List<string> InputPaths() =>
        Directory.EnumerateFiles(Repo.Input, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where(file => file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Repo.Input, file).Replace('\\', '/'))
            .ToList();

    [Theory]
    [MemberData(nameof(InputFiles))]
    public void Every_file_of_input_is_valid_against_its_schema(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Input, relativePath));
        var documents = Documents(relativePath, text);
        Assert.NotEmpty(documents);
        foreach (var (kind, line, yaml) in documents)
        {
            var problems = SchemaFiles.Problems(SchemaFiles.Load(kind), YamlJson.Parse(yaml));
            Assert.True(problems.Count == 0, $"input/{relativePath}:{line} ({kind}): {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public void Input_holds_every_kind_of_document_the_schemas_describe()
    {
        var kinds = InputPaths().SelectMany(path => Documents(path, File.ReadAllText(Path.Combine(Repo.Input, path)))).Select(d => d.Kind).ToHashSet();
        Assert.Equal(["chart-block", "data-table", "front-matter", "site", "table-block"], kinds.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Every diagnostic of the case corpus whose mistake a schema can express (an unknown or missing
    /// key, a wrong type, a value outside a fixed list): the schema rejects the document it is in.
    /// </summary>
    public static TheoryData<string> ExpressibleBadCases() => new(ExpressibleMistakes());

    private static List<string> ExpressibleMistakes()
    {
        var data = new List<string>();
        foreach (var expected in Directory.EnumerateFiles(Repo.Cases, "expected.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetRelativePath(Repo.Cases, Path.GetDirectoryName(expected)!).Replace('\\', '/');
            foreach (var line in File.ReadAllLines(expected))
                if (DiagnosticLine().Match(line) is { Success: true } match && SchemaFor(match) is not null)
                    data.Add(folder + " | " + line);
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_expressible_mistakes_of_every_kind_of_document()
    {
        var kinds = ExpressibleMistakes().Select(row => SchemaFor(DiagnosticLine().Match(row.Split(" | ", 2)[1]))).ToHashSet();
        Assert.Equal(["chart-block", "data-table", "front-matter", "site", "table-block"], kinds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExpressibleBadCases))]
    public void The_schema_rejects_each_expressible_mistake_of_the_bad_cases(string caseAndDiagnostic)
    {
        var (folder, line) = (caseAndDiagnostic.Split(" | ", 2)[0], caseAndDiagnostic.Split(" | ", 2)[1]);
        var match = DiagnosticLine().Match(line);
        var kind = SchemaFor(match)!;
        var path = Path.Combine(Repo.Cases, folder, match.Groups["path"].Value);
        var lineNumber = int.Parse(match.Groups["line"].Value);
        var relative = match.Groups["path"].Value.StartsWith("input/", StringComparison.Ordinal) ? match.Groups["path"].Value["input/".Length..] : match.Groups["path"].Value;
        var documents = Documents(relative, File.ReadAllText(path)).Where(d => d.Kind == kind).ToList();
        // Errors about a whole mapping (a missing key) point at its first line; others at a line inside it.
        var document = documents.Single(d => d.Kind is "site" or "data-table" || (lineNumber >= d.Line - 1 && lineNumber <= d.Line + d.Yaml.Count(c => c == '\n')));
        Assert.NotEmpty(SchemaFiles.Problems(SchemaFiles.Load(kind), YamlJson.Parse(document.Yaml)));
    }

    /// <summary>The documents of one file of input/: (schema id, first line, YAML).</summary>
    private static List<(string Kind, int Line, string Yaml)> Documents(string relativePath, string text)
    {
        if (relativePath == "site.yml") return [("site", 1, text)];
        if (relativePath.StartsWith("data/", StringComparison.Ordinal) && relativePath.EndsWith(".yml", StringComparison.Ordinal)) return [("data-table", 1, text)];
        if (relativePath.EndsWith(".md", StringComparison.Ordinal))
            return SchemaFiles.PageFragments(text).Select(f => (f.Kind, f.FirstLine, f.Yaml)).ToList();
        return [];
    }

    /// <summary>Which schema can express the mistake a diagnostic reports, or null when none can.</summary>
    private static string? SchemaFor(Match diagnostic)
    {
        var code = diagnostic.Groups["code"].Value;
        var message = diagnostic.Groups["message"].Value;
        var path = diagnostic.Groups["path"].Value;
        var kind = code switch
        {
            "SITE001" when path.EndsWith("site.yml", StringComparison.Ordinal) => "site",
            "PAGE002" => "front-matter",
            "DATA001" when path.Contains("/data/", StringComparison.Ordinal) => "data-table",
            "CHART001" or "CHART003" or "CHART008" => "chart-block",
            "PAGE010" => "table-block",
            _ => null,
        };
        return kind is not null && ExpressibleMessage().IsMatch(message) ? kind : null;
    }

    [GeneratedRegex(@"^(?<path>[^:]+):(?<line>\d+):(?<column>\d+): error (?<code>[A-Z]+\d+): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();

    // Mistakes of shape and fixed vocabularies; not those that need another file (unknown table, row or column).
    [GeneratedRegex(@"^(unknown key '|missing required key|'[a-z_]+' must be (text|true or false|a whole number|a number|a list|a date)|unknown (column type|currency|scale|chart type) |only a money column|only number and money|money column '.*' needs a currency|sort must be|slug '.*' may hold|column id '.*' may hold|base_path must|url must be|a source url must)")]
    private static partial Regex ExpressibleMessage();
}
