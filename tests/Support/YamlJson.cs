using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Site.Diagnostics;
using Site.Yaml;

namespace Site.Tests.Support;

/// <summary>
/// YAML as an editor's YAML language server sees it (YAML 1.2 core schema: a plain 150 is a number,
/// a plain true a boolean, an empty value null, everything quoted a string), as JSON for a schema validator.
/// </summary>
public static partial class YamlJson
{
    /// <summary>The code of this helper's own YAML errors (a test's, not the catalog's: they end in an exception).</summary>
    private static readonly DiagnosticCode NotYaml = new("TEST", Severity.Error, DiagnosticStage.Parse, "{what is wrong}", "YAML a test gave that is not valid.");

    /// <summary>Parses YAML text; null when it is not valid YAML.</summary>
    public static JsonNode? Parse(string text, string path = "test.yml")
    {
        var file = new SourceFile(path, path, path, text);
        var bag = new DiagnosticBag();
        var node = YamlReader.Parse(new YamlReader.Fragment(file, text), NotYaml, bag, out var failed);
        if (failed || bag.HasErrors) throw new InvalidDataException($"{path} is not valid YAML: {string.Join("; ", bag.Sorted())}");
        return node is null ? null : ToJson(node);
    }

    public static JsonNode? ToJson(YNode node) => node switch
    {
        YMap map => new JsonObject(map.Entries.Select(e => new KeyValuePair<string, JsonNode?>(e.Key.Value, ToJson(e.Value)))),
        YSequence list => new JsonArray(list.Items.Select(ToJson).ToArray()),
        YScalar scalar => Scalar(scalar),
        _ => throw new ArgumentException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YScalar scalar)
    {
        if (!scalar.IsPlain) return JsonValue.Create(scalar.Value);
        if (scalar.IsNull) return null;
        if (scalar.Value is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (scalar.Value is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (IntegerPattern().IsMatch(scalar.Value)) return JsonValue.Create(decimal.Parse(scalar.Value, CultureInfo.InvariantCulture));
        if (FloatPattern().IsMatch(scalar.Value)) return JsonValue.Create(double.Parse(scalar.Value, CultureInfo.InvariantCulture));
        return JsonValue.Create(scalar.Value);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
