namespace Site.Formats;

/// <summary>
/// What a key of a YAML format holds. The parsers read each kind with the matching
/// <c>YamlFields</c> method; the schema generator turns each kind into its JSON Schema.
/// </summary>
public enum FieldKind
{
    /// <summary>Free text (YAML may read a bare 2025 as a number: both are accepted).</summary>
    Text,
    /// <summary>Text, or a mapping of two-letter language codes to text: <c>{ en: …, fr: … }</c>.</summary>
    Localized,
    Integer,
    Number,
    Boolean,
    /// <summary>A date written YYYY-MM-DD.</summary>
    Date,
    /// <summary>A date written YYYY-MM-DD or YYYY-MM.</summary>
    DateOrMonth,
    /// <summary>An absolute http(s) URL.</summary>
    Url,
    /// <summary>One of <see cref="Field.Choices"/>.</summary>
    Choice,
    /// <summary>Text matching <see cref="Field.Pattern"/>.</summary>
    Pattern,
    /// <summary>A list of texts.</summary>
    TextList,
    /// <summary>A text, or a list of texts.</summary>
    TextOrList,
    /// <summary>A list of mappings, each in the format <see cref="Field.Items"/>.</summary>
    ObjectList,
    /// <summary>One mapping in the format <see cref="Field.Items"/>, or a list of them.</summary>
    ObjectOrList,
    /// <summary>A list of table rows: mappings of column ids to cell values.</summary>
    Rows,
}
