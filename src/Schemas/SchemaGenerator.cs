using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Formats;

namespace Site.Schemas;

/// <summary>
/// Turns the format descriptions of src/Formats/ into JSON Schemas (draft-07, the draft
/// yaml-language-server and VS Code support best). The output is deterministic: same formats,
/// same bytes; a test compares it with the committed schemas/ folder.
/// </summary>
public static class SchemaGenerator
{
    public const string Folder = "schemas";

    /// <summary>Every published schema: file name (inside schemas/) and its JSON text.</summary>
    public static IReadOnlyList<(string FileName, string Json)> All() => Generated.Value;

    /// <summary>The schemas depend on the program only: generated once per process, not per build.</summary>
    private static readonly Lazy<IReadOnlyList<(string FileName, string Json)>> Generated =
        new(() => FormatCatalog.Published.Select(f => (FileName(f), Generate(f))).ToList());

    /// <summary>The published schemas' file names, without generating them.</summary>
    public static IEnumerable<string> FileNames() => FormatCatalog.Published.Select(FileName);

    public static string FileName(Format format) => format.Id + ".schema.json";

    public static string Generate(Format format)
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$comment"] = "Generated from src/Formats/FormatCatalog.cs by `dotnet run -- schemas`; do not edit by hand.",
        };
        foreach (var (key, value) in ObjectSchema(format, definitions)) root[key] = value?.DeepClone();
        if (definitions.Count > 0)
        {
            var defs = new JsonObject();
            foreach (var (name, schema) in definitions) defs[name] = schema;
            root["definitions"] = defs;
        }
        var options = new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(options) + "\n";
    }

    private static JsonObject ObjectSchema(Format format, IDictionary<string, JsonNode> definitions)
    {
        var properties = new JsonObject();
        foreach (var field in format.Fields)
        {
            var schema = FieldSchema(field, definitions);
            // A $ref ignores its siblings in draft-07: wrap it so that editors show the description.
            if (schema.ContainsKey("$ref")) schema = new JsonObject { ["allOf"] = new JsonArray(schema) };
            schema["description"] = field.Description;
            properties[field.Name] = schema;
        }
        var schemaObject = new JsonObject
        {
            ["title"] = format.Title,
            ["description"] = format.Description,
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = format.Fields.Where(f => f.Required && f.Alternative is null).Select(f => (JsonNode)f.Name).ToArray();
        if (required.Length > 0) schemaObject["required"] = new JsonArray(required);

        // Keys whose presence depends on another key's value (a money column's currency).
        var rules = new JsonArray();
        foreach (var field in format.Fields)
        {
            if (field is { Required: true, Alternative: { } alternative })
                rules.Add((JsonNode)new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray(field.Name) }, new JsonObject { ["required"] = new JsonArray(alternative) }) });
            if (field.RequiredWhen is var (key, value))
                rules.Add((JsonNode)new JsonObject
                {
                    ["if"] = new JsonObject { ["properties"] = new JsonObject { [key] = new JsonObject { ["const"] = value } }, ["required"] = new JsonArray(key) },
                    ["then"] = new JsonObject { ["required"] = new JsonArray(field.Name) },
                });
            if (field.AllowedWhen is var (onKey, values))
                rules.Add((JsonNode)new JsonObject
                {
                    ["if"] = new JsonObject { ["required"] = new JsonArray(field.Name) },
                    ["then"] = new JsonObject { ["properties"] = new JsonObject { [onKey] = new JsonObject { ["enum"] = Strings(values) } } },
                });
        }
        if (rules.Count > 0) schemaObject["allOf"] = rules;
        return schemaObject;
    }

    private static JsonObject FieldSchema(Field field, IDictionary<string, JsonNode> definitions) => field.Kind switch
    {
        FieldKind.Text => Text(),
        FieldKind.Localized => Ref("localized", definitions, Localized),
        // The parser reads whole numbers as 32-bit integers: a larger one is an error there too.
        FieldKind.Integer => new JsonObject { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue },
        FieldKind.Number => new JsonObject { ["type"] = "number" },
        FieldKind.Boolean => new JsonObject { ["type"] = "boolean" },
        FieldKind.Date => Pattern("^" + Year + "-" + Month + "-" + Day + "$"),
        FieldKind.DateOrMonth => Pattern("^" + Year + "-" + Month + "(-" + Day + ")?$"),
        FieldKind.Url => Pattern("^https?://.+$"),
        FieldKind.Choice => new JsonObject { ["enum"] = Strings(field.Choices!) },
        FieldKind.Pattern => Pattern(field.Pattern!),
        FieldKind.TextList => TextList(),
        FieldKind.TextOrList => new JsonObject { ["anyOf"] = new JsonArray(Text(), TextList()) },
        FieldKind.ObjectList => new JsonObject { ["type"] = "array", ["items"] = Ref(field.Items!, definitions) },
        FieldKind.ObjectOrList => new JsonObject { ["anyOf"] = new JsonArray(Ref(field.Items!, definitions), new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref(field.Items!, definitions) }) },
        FieldKind.Rows => new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "A row: each column id with its value.",
                ["propertyNames"] = Pattern(FormatCatalog.Column["id"].Pattern!),
                ["additionalProperties"] = Ref("cell", definitions, Cell),
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "no schema for this kind"),
    };

    // Dates as the parser reads them (a 31 February still passes here; the build reports it).
    private const string Year = "[0-9]{4}", Month = "(0[1-9]|1[0-2])", Day = "(0[1-9]|[12][0-9]|3[01])";

    // YAML reads a bare 2025 or true as a number or a boolean; the generator takes any scalar as text.
    private static JsonObject Text() => new() { ["type"] = new JsonArray("string", "number", "boolean") };

    private static JsonObject TextList() => new() { ["type"] = "array", ["items"] = Text() };

    private static JsonObject Pattern(string pattern) => new() { ["type"] = "string", ["pattern"] = pattern };

    private static JsonObject Localized() => new()
    {
        ["description"] = "Text in the default language, or a mapping of two-letter language codes to text: { en: …, fr: … }, with optionally how a generated sentence says it: in_sentence: { fr: l’Arabie saoudite }.",
        ["anyOf"] = new JsonArray(
            Text(),
            new JsonObject
            {
                ["type"] = "object",
                ["minProperties"] = 1,
                ["properties"] = new JsonObject
                {
                    [Site.Yaml.YamlFields.InSentenceKey] = new JsonObject
                    {
                        ["type"] = "object",
                        ["propertyNames"] = Pattern("^[a-z]{2}$"),
                        ["additionalProperties"] = Pattern("\\S"),
                    },
                },
                ["patternProperties"] = new JsonObject { ["^[a-z]{2}$"] = Text() },
                ["additionalProperties"] = false,
            }),
    };

    private static JsonObject Cell() => new()
    {
        ["description"] = "A value: 150, 1.8, ~150, 5,000+, under 2%, 6-8, $0.15-$0.30, N/A, or text (localized in text columns). The build checks it against its column's type.",
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") },
            Localized()["anyOf"]![1]!.DeepClone()),
    };

    private static JsonObject Ref(Format format, IDictionary<string, JsonNode> definitions) =>
        Ref(format.Id, definitions, () => ObjectSchema(format, definitions));

    private static JsonObject Ref(string name, IDictionary<string, JsonNode> definitions, Func<JsonObject> create)
    {
        if (!definitions.ContainsKey(name))
        {
            definitions[name] = new JsonObject(); // placeholder against recursion
            definitions[name] = create();
        }
        return new JsonObject { ["$ref"] = "#/definitions/" + name };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
