using Site.Diagnostics;

namespace Site.Data;

/// <summary>A row: its key (the key column's text) and one value per column id.</summary>
public sealed record DataRow(string Key, IReadOnlyDictionary<string, DataValue> Cells, SourceLocation Location);
