using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// The typed front matter of a page, with where its layout was named (for errors). Answer is the
/// one-paragraph short answer an explainer's front page shows beside its lead chart.
/// </summary>
public sealed record FrontMatter(
    string Title,
    string? Description,
    string? Layout,
    SourceLocation? LayoutLocation,
    int Order,
    bool Draft,
    string? Slug,
    string? Summary,
    string? Date,
    string? Updated,
    string? Answer = null);
