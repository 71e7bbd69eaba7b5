namespace Site.Markdown;

/// <summary>A page body as HTML, with what later stages need to know of it.</summary>
public sealed record MarkdownResult(string Html, IReadOnlyList<Heading> Headings, int WordCount);
