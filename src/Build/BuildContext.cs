using System.Diagnostics;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Loading;
using Site.Localization;
using Site.Markdown;
using Site.Output;
using Site.Sharing;
using Site.Templates;
using Site.Tracking;
using Site.Validation;

namespace Site.Build;

/// <summary>
/// Everything one build knows, filled in by its stages in order (see <see cref="SiteBuilder"/>):
/// each member says which stage sets it, and no stage reads a member a later one sets. A successful
/// preview build keeps its context in its <see cref="BuildCache"/>, so that an edited page can be
/// rendered first against it (<see cref="PageFirst"/>).
/// </summary>
public sealed class BuildContext(BuildOptions options, BuildProgress progress, BuildCache? cache, SourceReuse? reuse, StagingFolder? staging)
{
    // Given by the caller.
    public BuildOptions Options { get; } = options;
    public BuildProgress Progress { get; } = progress;
    /// <summary>True with a cache from the caller (the preview's): renders are keyed and may be reused. A plain build computes no keys.</summary>
    public bool Reusable { get; } = cache is not null;
    public BuildCache Cache { get; } = cache ?? new BuildCache();
    /// <summary>What a render read, kept with it for the next build; a plain build's renders are never reused, so it keeps none.</summary>
    public RenderReads ReadsOf(PageScope scope) => Reusable ? Keys.Snapshot(scope) : RenderReads.Never;
    /// <summary>A plain build's staging folder: pages are written into it as they are rendered (null in the preview).</summary>
    public StagingFolder? Staging { get; } = staging;
    /// <summary>The preview's reading of files that have not settled yet (null in a plain build).</summary>
    public SourceReuse? Reuse { get; } = reuse;
    public DiagnosticBag Diagnostics { get; } = new();
    /// <summary>What the build generates besides the content's pages (see <see cref="Outputs.GeneratedOutputs"/>).</summary>
    public IReadOnlyList<Outputs.GeneratedOutput> Outputs { get; } = Site.Build.Outputs.GeneratedOutputs.ForOneBuild();
    public Stopwatch Clock { get; } = Stopwatch.StartNew();
    public string DisplayRoot { get; } = Path.GetFullPath(options.DisplayRoot ?? Directory.GetCurrentDirectory());
    public string InputRoot { get; } = Path.GetFullPath(options.InputDirectory);

    // Load.
    public SourceSet Sources { get; internal set; } = null!;

    // Configure.
    public SiteConfig Config { get; internal set; } = null!;
    /// <summary>The default language's code (English at /, every other language under /&lt;code&gt;/).</summary>
    public string Language => Config.Language;
    public SiteLanguages Languages { get; internal set; } = null!;
    /// <summary>The languages as a cache key: parsing a page depends on them.</summary>
    public string LanguagesKey { get; internal set; } = "";
    public string BasePath { get; internal set; } = "/";
    /// <summary>The site's origin; without one, files made of absolute URLs (sitemap, feeds) are left out.</summary>
    public string? SiteUrl { get; internal set; }
    public string? Repository { get; internal set; }
    public string? Branch { get; internal set; }
    /// <summary>Every language's words, number and typography rules (theme/languages/), current for the build's work from Configure on.</summary>
    public LanguageBook LanguageRules { get; internal set; } = LanguageBook.Fallback;

    // Parse.
    public IReadOnlyDictionary<string, DataTable> Tables { get; internal set; } = null!;
    /// <summary>Every page that parsed, drafts included.</summary>
    public IReadOnlyList<Page> ParsedPages { get; internal set; } = null!;
    /// <summary>Files that exist but failed to parse: references to them are follow-ons of that error, not new ones.</summary>
    public IReadOnlySet<string> FailedSubjects { get; internal set; } = null!;
    public TemplateSet Templates { get; internal set; } = null!;
    public UiStrings UiStrings { get; internal set; } = null!;
    public AssetFingerprinter.Result Assets { get; internal set; } = null!;

    // Plan.
    /// <summary>The content's pages that are published (drafts only with --drafts).</summary>
    public IReadOnlyList<Page> Published { get; internal set; } = null!;
    /// <summary>Every page the build renders, content and generated, in their order (by index everywhere below).</summary>
    public IReadOnlyList<Page> Pages { get; internal set; } = null!;
    public SiteSharing Sharing { get; internal set; } = null!;
    /// <summary>Every file the build writes besides pages, as "/path" (the content's copies and the generated outputs').</summary>
    public IReadOnlyList<string> OtherFiles => _otherFiles;
    private List<string> _otherFiles = [];

    /// <summary>Files ("/path") an output names once the bodies are rendered (chart embeds): links may lead to them.</summary>
    public void AddOtherFiles(IEnumerable<string> files) => _otherFiles.AddRange(files);

    internal void SetOtherFiles(List<string> files) => _otherFiles = files;

    /// <summary>
    /// Every file ("/path") the build writes, pages and other files: what a local URL may lead to. Final once
    /// the bodies are rendered (<see cref="AddOtherFiles"/> is the last addition), read by Render (a plain build
    /// keeps only dead references) and by Validate.
    /// </summary>
    public HashSet<string> WrittenPaths()
    {
        var written = new HashSet<string>(OtherFiles, StringComparer.Ordinal);
        foreach (var page in Pages) written.Add("/" + page.OutputPath);
        return written;
    }

    /// <summary>Whether the theme can show a chart alone (layouts/embed.sbn-html): then every chart has an embed (Plan; asked by every body render).</summary>
    public bool ThemeHasEmbedLayout { get; internal set; }
    public SiteIndex Index { get; internal set; } = null!;
    public LinkResolver Links { get; internal set; } = null!;
    internal RenderKeys Keys { get; set; } = RenderKeys.Unused;

    // Render.
    /// <summary>Each language's pages, as indexes into <see cref="Pages"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> PagesOf { get; internal set; } = null!;
    public IReadOnlyDictionary<string, TemplateRenderer> Renderers { get; internal set; } = null!;
    /// <summary>The template models; let go (null) at the end of Render by a build that keeps no cache (see <see cref="Reusable"/>).</summary>
    public RenderModels Models { get; internal set; } = null!;
    public MarkdownRenderer Markdown { get; internal set; } = null!;
    /// <summary>Every page's body; a build that keeps no cache keeps only their facts (no HTML) from the end of Render on (<see cref="MarkdownResult.Facts"/>).</summary>
    public BuildCache.Body[] Bodies { get; internal set; } = null!;
    public BuildCache.Layout?[] Layouts { get; internal set; } = null!;
    /// <summary>Which pages this build rendered anew (the rest came from the cache).</summary>
    public bool[] Fresh { get; internal set; } = null!;
    /// <summary>Which pages were written into the staging folder as they were rendered.</summary>
    public bool[] Streamed { get; internal set; } = null!;

    // Validate.
    /// <summary>The element ids of every rendered page, by URL (the anchor check's targets).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> IdsByUrl { get; internal set; } = null!;
    /// <summary>The diagnostics as reported: sorted, follow-ons of failed files dropped, --strict applied.</summary>
    public IReadOnlyList<Diagnostic> Reported { get; internal set; } = null!;
    public bool Failed => Reported.Any(d => d.IsError);

    // Write.
    public List<OutputFile> Files { get; } = new();

    /// <summary>The words of the theme in a language, else in the default language, else <paramref name="otherwise"/>.</summary>
    public string Words(string language, string key, string otherwise) => UiStrings.Get(language, key) ?? UiStrings.Get(Language, key) ?? otherwise;

    /// <summary>True when the build read or listed the file (a page, table, template, asset or file to copy).</summary>
    public bool Used(string fullPath) =>
        Sources.SiteConfig?.FullPath == fullPath
        || Sources.Pages.Concat(Sources.DataTables).Concat(Sources.Layouts).Concat(Sources.Partials).Concat(Sources.UiStrings).Concat(Sources.LanguageFiles).Any(f => f.FullPath == fullPath)
        || Sources.ContentFiles.Concat(Sources.Assets).Any(f => f.FullPath == fullPath);
}
