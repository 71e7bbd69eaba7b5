namespace Site.Markdown;

/// <summary>A heading of a page, for tables of contents and search.</summary>
public sealed record Heading(int Level, string Id, string Text);
