namespace Site.Formats;

/// <summary>
/// One key of a YAML format: its name, what it holds and the sentence that explains it. The same
/// record feeds the parser's unknown-key check, the JSON Schema, the comments of `new` scaffolds
/// and the key tables of docs/content-format.md, so none of them can drift from the others.
/// </summary>
public sealed record Field(string Name, FieldKind Kind, string Description)
{
    public bool Required { get; init; }

    /// <summary>The allowed values of a <see cref="FieldKind.Choice"/>.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>The regular expression a <see cref="FieldKind.Pattern"/> value matches (JSON Schema/ECMA subset).</summary>
    public string? Pattern { get; init; }

    /// <summary>The format of each mapping of an <see cref="FieldKind.ObjectList"/> or <see cref="FieldKind.ObjectOrList"/>.</summary>
    public Format? Items { get; init; }

    /// <summary>This key is required when another key of the same mapping has a given value (e.g. currency when type is money).</summary>
    public (string Key, string Value)? RequiredWhen { get; init; }

    /// <summary>This key is allowed only when another key of the same mapping has one of these values.</summary>
    public (string Key, string[] Values)? AllowedWhen { get; init; }

    /// <summary>A value as an editor would write it in YAML (for scaffolds and docs).</summary>
    public string? Example { get; init; }

    /// <summary>Another key that may stand in for this required one (a chart's series for y).</summary>
    public string? Alternative { get; init; }
}
