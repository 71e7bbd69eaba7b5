using Site.Content;
using Site.Data;
using Site.Loading;
using Site.Markdown;
using Site.Templates;
using Site.Validation;

namespace Site.Caching;

/// <summary>
/// What the last successful build worked with, kept by its <see cref="BuildCache"/> so that the
/// preview can render a page whose body alone changed by itself, before the next full build
/// (<see cref="PageFirst"/>). Null after a failed build: a page is rendered first only on top of a good site.
/// </summary>
internal sealed record LastBuild(
    IReadOnlyList<Page> Pages,
    RenderModels Models,
    RenderKeys Keys,
    MarkdownRenderer Markdown,
    LinkResolver Links,
    IReadOnlyDictionary<string, DataTable> Tables,
    SiteLanguages Languages,
    string LanguagesKey,
    string BasePath,
    string? SiteUrl,
    IReadOnlyList<BuildCache.Body> Bodies,
    IReadOnlyDictionary<string, IReadOnlySet<string>> IdsByUrl,
    string InputRoot,
    string DisplayRoot,
    SourceSet Sources)
{
    /// <summary>The language rules the build wrote with (theme/languages/), current again when a page is rendered first.</summary>
    public Site.Localization.LanguageBook LanguageRules { get; init; } = Site.Localization.LanguageBook.Fallback;

    /// <summary>True when the build read or listed the file (a page, table, template, asset or file to copy).</summary>
    public bool Used(string fullPath) =>
        Sources.SiteConfig?.FullPath == fullPath
        || Sources.Pages.Concat(Sources.DataTables).Concat(Sources.Layouts).Concat(Sources.Partials).Concat(Sources.UiStrings).Concat(Sources.LanguageFiles).Any(f => f.FullPath == fullPath)
        || Sources.ContentFiles.Concat(Sources.Assets).Any(f => f.FullPath == fullPath);
}
