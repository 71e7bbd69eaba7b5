using Site.Content;
using Site.Localization;
using Site.Sharing;
using Site.Validation;
using Site.Templates;

namespace Site.Build.Stages;

/// <summary>
/// Plan: what the site will hold, checked before anything renders. The published pages and those the
/// generated outputs add, in order; unique URLs and output paths, known layouts, twins; each page's
/// citation and card; the index links resolve against; and, in the preview, the render keys.
/// </summary>
internal static class PlanStage
{
    public static void Run(BuildContext build)
    {
        var options = build.Options;
        var diagnostics = build.Diagnostics;
        var sources = build.Sources;
        build.Published = build.ParsedPages.Where(p => options.IncludeDrafts || !p.Meta.Draft).ToList();
        var pages = build.Pages = build.Published
            .Concat(build.Outputs.SelectMany(output => output.Pages(build)))
            .OrderBy(p => p.Meta.Order).ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        PageChecks.CheckUrlsAreUnique(pages, diagnostics);
        LayoutChecks.Check(pages, build.Templates, diagnostics, sources);
        // Sharing (src/Sharing/): each page's citation and social card, planned before layouts show their addresses.
        var cardStyle = CardStyle.Load(new[] { options.ThemeDirectory, options.BaseThemeDirectory }.OfType<string>().Select(Path.GetFullPath), build.DisplayRoot, diagnostics);
        build.Sharing = SiteSharing.Plan(pages, build.Tables, build.Config, build.Languages.Folder, build.BasePath, build.SiteUrl, cardStyle,
            // Named as the footer names it in the reader's language (the theme's publisher_name), else as site.yml does.
            lang => build.UiStrings.Get(lang, "publisher_name") ?? build.Config.Author ?? build.Config.Publisher);
        Provenance.CheckUpdatedDates(options.OutputDirectory, build.Tables.Values, build.Languages.All, diagnostics);

        var generated = build.Outputs.Select(output => (output.Linkable, Paths: output.Paths(build).ToList())).ToList();
        PageChecks.CheckOutputPathsAreUnique(sources.ContentFiles, pages.Select(p => p.OutputPath).Concat(generated.SelectMany(g => g.Paths)), build.DisplayRoot, diagnostics);
        build.SetOtherFiles(sources.ContentFiles.Select(f => f.RelativePath).Concat(generated.Where(g => g.Linkable).SelectMany(g => g.Paths)).Select(f => "/" + f).ToList());
        var drafts = build.ParsedPages.Where(p => p.Meta.Draft && !options.IncludeDrafts).Select(p => p.SourcePath).ToList();
        build.Index = new SiteIndex(pages, drafts, build.OtherFiles) { DefaultLanguage = build.Language };
        PageChecks.CheckTwins(pages, build.Index, build.Languages, diagnostics);
        build.Links = new LinkResolver(build.Index, build.BasePath);
        build.ThemeHasEmbedLayout = ChartEmbeds.ThemeHasLayout(sources);
        if (build.Reusable)
            build.Keys = RenderKeys.Compute(sources, pages, build.OtherFiles, drafts, build.Tables, build.Assets.UrlByAsset, options, build.BasePath, build.SiteUrl, build.LanguagesKey);
    }
}
