namespace Site.Search;

/// <summary>One thing search can find: a page, a section of a page, or a row of a data table.</summary>
public sealed record SearchEntry(string Kind, string Title, string Url, string Text);
