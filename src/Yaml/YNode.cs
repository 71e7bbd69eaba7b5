using Site.Diagnostics;

namespace Site.Yaml;

/// <summary>
/// A YAML node with its position in the user's file. The rest of the generator reads YAML through
/// these few types, so YamlDotNet stays behind this folder and every value keeps its location.
/// </summary>
public abstract class YNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public abstract string Describe();
}

public sealed class YScalar(SourceLocation location, string value, bool isPlain) : YNode(location)
{
    public string Value { get; } = value;

    /// <summary>True when unquoted: only plain scalars can mean null, true or false.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : $"'{Value}'";
}

public sealed class YMap(SourceLocation location, List<KeyValuePair<YScalar, YNode>> entries) : YNode(location)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public YNode? Get(string key)
    {
        foreach (var entry in Entries)
            if (entry.Key.Value == key) return entry.Value;
        return null;
    }

    public override string Describe() => "a mapping";
}

public sealed class YSequence(SourceLocation location, List<YNode> items) : YNode(location)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string Describe() => "a list";
}
