using Site.Output;
using Site.Sharing;

namespace Site.Build.Outputs;

/// <summary>
/// A page, an oEmbed JSON and a citation per chart (src/Sharing/ChartEmbeds.cs): planned once the
/// bodies show which charts each page draws, rendered with the theme's embed layout once the pages are,
/// and checked like them (LINK005).
/// </summary>
internal sealed class ChartEmbedsOutput : GeneratedOutput
{
    private ChartEmbeds? _plan;
    private List<OutputFile> _pages = [];

    public override void AfterBodies(BuildContext build)
    {
        _plan = ChartEmbeds.Plan(build.Pages, build.Bodies.Select(b => b.Result).ToList(), build.Sharing, build.Tables, build.Languages.Folder, build.BasePath,
            build.SiteUrl, build.OtherFiles, build.Sources.ContentFiles, build.DisplayRoot, build.Diagnostics);
        // Their oEmbed links join the page models; their files the ones links may name.
        build.Models.AddEmbedDiscovery(_plan);
        build.AddOtherFiles(_plan.FileNames().Select(f => "/" + f));
    }

    public override void AfterLayouts(BuildContext build)
    {
        var outputRoot = Path.GetFullPath(build.Options.OutputDirectory);
        _pages = _plan!.Render(build.Models.EmbedRenderer(build.BasePath), build.OtherFiles.Concat(build.Pages.Select(p => "/" + p.OutputPath)).ToHashSet(StringComparer.Ordinal),
            build.BasePath, build.SiteUrl, [.. build.Templates.Files.Values.Where(f => f.RelativePath == $"layouts/{ChartEmbeds.Layout}.sbn-html")],
            path => Path.GetRelativePath(build.DisplayRoot, Path.Combine(outputRoot, path)).Replace('\\', '/'), build.Diagnostics);
    }

    public override IEnumerable<OutputFile> Files(BuildContext build) => _pages.Concat(_plan!.OEmbedFiles()).Concat(_plan.CitationFiles());
}
