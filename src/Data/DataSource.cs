namespace Site.Data;

/// <summary>Where a table's figures come from.</summary>
public sealed record DataSource(string Title, string? Publisher, string? Date, string? Url);
