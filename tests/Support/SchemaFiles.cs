using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Site.Tests.Support;

/// <summary>
/// The committed schemas/ (what editors use), loaded with JsonSchema.Net, and the YAML documents
/// they describe cut out of real files: site.yml, data tables, front matter and block bodies.
/// </summary>
public static partial class SchemaFiles
{
    /// <summary>The committed schemas (part of the code, not of the content: read in place).</summary>
    public static string Folder => Path.Combine(Repo.Checkout, "schemas");

    public static JsonSchema Load(string id) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, id + ".schema.json")), new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>The schema's complaints about a document (empty when it is valid).</summary>
    public static List<string> Problems(JsonSchema schema, JsonNode? document)
    {
        using var json = JsonDocument.Parse(document?.ToJsonString() ?? "null");
        var results = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid").ToList();
    }

    /// <summary>A YAML document inside a file, with the file line its first line is on.</summary>
    public sealed record Fragment(string Kind, int FirstLine, int LastLine, string Yaml);

    /// <summary>The front matter (kind "front-matter") and every ```table / ```chart body of a page.</summary>
    public static List<Fragment> PageFragments(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var fragments = new List<Fragment>();
        var start = 0;
        if (lines.Length > 0 && lines[0] == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            if (close > 0)
            {
                fragments.Add(new Fragment("front-matter", 2, close, string.Join('\n', lines[1..close]) + "\n"));
                start = close + 1;
            }
        }
        for (var i = start; i < lines.Length; i++)
        {
            var match = FencePattern().Match(lines[i]);
            if (!match.Success) continue;
            var fence = match.Groups[1].Value;
            var end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == fence);
            if (end < 0) break;
            var kind = match.Groups[2].Value;
            if (kind is "table" or "chart")
                fragments.Add(new Fragment(kind + "-block", i + 2, end, string.Join('\n', lines[(i + 1)..end]) + "\n"));
            i = end;
        }
        return fragments;
    }

    [GeneratedRegex(@"^(`{3,}|~{3,})\s*([a-z-]*)\s*$")]
    private static partial Regex FencePattern();
}
