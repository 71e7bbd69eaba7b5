using Site.Diagnostics;
using Site.Loading;
using Site.Output;
using Site.Validation;

namespace Site.Build.Stages;

/// <summary>
/// Validate what needs the rendered pages: every link to an anchor finds its id; every local URL of a
/// page, stylesheet or manifest leads to a file the build writes. Then the diagnostics are reported:
/// sorted, follow-ons of files that failed to parse dropped, and --strict applied.
/// </summary>
internal static class ValidateStage
{
    /// <summary>The warnings and notes that <c>--strict</c> makes errors (what a translation lacks), as the catalog marks them.</summary>
    private static readonly IReadOnlySet<string> StrictCodes = Codes.RaisedByStrict;

    public static void Run(BuildContext build)
    {
        var idsByUrl = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < build.Pages.Count; i++)
            if (build.Layouts[i] is { } layout && (layout.Html is not null || build.Streamed[i])) idsByUrl[build.Pages[i].Url] = layout.Ids;
        build.IdsByUrl = idsByUrl;
        AnchorChecker.Check(build.Bodies.SelectMany(b => b.Anchors), idsByUrl, build.Diagnostics);
        CheckReferences(build);

        var reported = build.Diagnostics.Sorted(build.FailedSubjects);
        // --strict: a missing translation fails the build like an error.
        if (build.Options.Strict)
            reported = reported.Select(d => !d.IsError && StrictCodes.Contains(d.Code) ? d with { Severity = Severity.Error } : d).ToList();
        build.Reported = reported;
    }

    /// <summary>
    /// Every local URL the output names must be a file it writes (LINK005): the references of each
    /// rendered page (read from its HTML while it was rendered), and of each stylesheet and web app
    /// manifest among the theme's assets and the content's files.
    /// </summary>
    private static void CheckReferences(BuildContext build)
    {
        var check = new OutputReferences(build.BasePath, build.SiteUrl, build.WrittenPaths(), build.Diagnostics);
        var outputRoot = Path.GetFullPath(build.Options.OutputDirectory);
        string Display(string relativePath) => Path.GetRelativePath(build.DisplayRoot, Path.Combine(outputRoot, relativePath)).Replace('\\', '/');
        var templates = build.Templates;
        IReadOnlyList<SourceFile> templateFiles = [.. templates.Files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
        for (var i = 0; i < build.Pages.Count; i++)
        {
            if (build.Layouts[i] is not { References.Count: > 0 } layout) continue;
            // A page whose body or layout failed has its error already: a link its Markdown left as
            // written (LINK001) or raw HTML refused (PAGE014) is not reported again.
            if (build.Bodies[i].Diagnostics.Any(d => d.IsError) || layout.Diagnostics.Any(d => d.IsError)) continue;
            var page = build.Pages[i];
            var layoutFile = templates.Files.Values.FirstOrDefault(f => f.RelativePath == $"layouts/{page.Layout}.sbn-html")?.DisplayPath;
            check.Check(page.Url, layout.References, () => [page.Source, .. templateFiles], Display(page.OutputPath),
                layoutFile is null ? null : $"the page was made by {layoutFile}, the base layout and their partials");
        }
        var sources = build.Sources;
        for (var i = 0; i < sources.Assets.Count; i++)
        {
            var asset = sources.Assets[i];
            var output = build.Assets.Files[i];
            var isCss = asset.RelativePath.EndsWith(".css", StringComparison.Ordinal);
            if (!isCss && !ManifestReferences.IsManifest(asset.RelativePath)) continue;
            CheckFile(check, output.RelativePath, output.Content ?? File.ReadAllBytes(asset.FullPath), asset, isCss, build.DisplayRoot);
        }
        foreach (var file in sources.ContentFiles)
        {
            var isCss = file.RelativePath.EndsWith(".css", StringComparison.Ordinal);
            if (!isCss && !ManifestReferences.IsManifest(file.RelativePath)) continue;
            CheckFile(check, file.RelativePath, File.ReadAllBytes(file.FullPath), file, isCss, build.DisplayRoot);
        }
        check.Report();
    }

    /// <summary>A stylesheet's or manifest's references, relative to where it is published, located in its source file.</summary>
    private static void CheckFile(OutputReferences check, string outputPath, byte[] bytes, StaticFile source, bool isCss, string displayRoot)
    {
        var references = isCss
            ? CssReferences.Collect(System.Text.Encoding.UTF8.GetString(bytes)).Select(u => new Reference(u.Url, "url()", u.Line, u.Column))
            : ManifestReferences.Collect(bytes).Select(r => new Reference(r.Url, "manifest " + r.Kind, 1, 1));
        var display = Path.GetRelativePath(displayRoot, source.FullPath).Replace('\\', '/');
        check.Check("/" + outputPath, references, () => [new SourceFile(source.FullPath, display, source.RelativePath, File.ReadAllText(source.FullPath))], display);
    }
}
