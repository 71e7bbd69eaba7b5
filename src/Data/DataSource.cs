namespace Site.Data;

using Site.Localization;

/// <summary>
/// Where a table's figures come from. The title and publisher may read differently per language
/// (a source that is our own calculation is described in the reader's language); a plain string reads the same in all.
/// </summary>
public sealed record DataSource(LocalizedText Title, LocalizedText? Publisher, string? Date, string? Url);
