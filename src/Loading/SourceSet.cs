using Site.Diagnostics;

namespace Site.Loading;

/// <summary>Everything the Load stage read: the text files decoded, the others only listed.</summary>
public sealed record SourceSet(
    SourceFile? SiteConfig,
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyList<SourceFile> DataTables,
    IReadOnlyList<StaticFile> ContentFiles,
    IReadOnlyList<SourceFile> Layouts,
    IReadOnlyList<SourceFile> Partials,
    IReadOnlyList<SourceFile> UiStrings,
    IReadOnlyList<StaticFile> Assets)
{
    /// <summary>theme/languages/&lt;code&gt;.yml: how the generator writes each language (Site.Languages.LanguageFiles).</summary>
    public IReadOnlyList<SourceFile> LanguageFiles { get; init; } = [];

    /// <summary>Paths inside input/ of text files that could not be read or decoded (already reported).</summary>
    public IReadOnlyList<string> Unreadable { get; init; } = [];

    /// <summary>
    /// Paths inside theme/ ("layouts/page.sbn-html") of templates that could not be read or decoded
    /// (already reported): they stand in as empty templates, so pages using them get no follow-on
    /// "unknown layout" or "unknown partial" error.
    /// </summary>
    public IReadOnlyList<string> UnreadableTemplates { get; init; } = [];
}
