using Site.Diagnostics;
using Site.Localization;

namespace Site.Content;

/// <summary>input/site.yml: what is true of the whole site.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText? Description,
    string Language,
    IReadOnlyList<string> Languages,
    string? BasePath,
    string? Url,
    string? Author,
    string? Publisher,
    string? License,
    string? Repository,
    string? Branch,
    IReadOnlyList<NavEntry> Nav)
{
    /// <summary>Each declared language with where site.yml names it (for the error when the theme cannot write it, LANG001).</summary>
    public IReadOnlyList<(string Code, SourceLocation At)> LanguagesAt { get; init; } = [];

    public static SiteConfig Default => new(LocalizedText.Plain("en", "Site"), null, "en", ["en"], null, null, null, null, null, null, null, []);
}

/// <summary>One navigation entry: the source path of a page, and where it was written.</summary>
public sealed record NavEntry(string SourcePath, SourceLocation Location);
