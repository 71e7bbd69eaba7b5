namespace Site.Formats;

/// <summary>A YAML mapping an editor writes (site.yml, front matter, a data table, a block body).</summary>
public sealed record Format(string Id, string Title, string Description, IReadOnlyList<Field> Fields)
{
    /// <summary>The keys the parser accepts, in the documented order.</summary>
    public string[] KeyNames { get; } = Fields.Select(f => f.Name).ToArray();

    public Field this[string name] => Fields.First(f => f.Name == name);
}
