using Site.Build.Stages;
using Site.Loading;
using Site.Output;
using Site.Localization;

namespace Site.Build;

/// <summary>
/// One build, in seven stages over one <see cref="BuildContext"/>: Load → Configure → Parse → Plan →
/// Render → Validate → Write (src/Build/Stages/, one type each; what the build generates besides pages is the
/// list in src/Build/Outputs/). Every stage adds its problems to one bag and goes on, so a build
/// reports all of them; files are written only when there is no error, and replace output/ in one
/// swap. With a <see cref="BuildCache"/> (the preview server's), unchanged files are not parsed again
/// and pages whose inputs did not change are not rendered again.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, BuildProgress? progress = null)
    {
        // The command line refuses such an output (a usage error); a caller that did not ask is a bug.
        if (OutputGuard.Check("output", options.OutputDirectory, OutputGuard.Sources(options.InputDirectory, options.ThemeDirectory).Where(f => !f.MayHoldTarget).ToList(), out _) is { } overlap)
            throw new InvalidOperationException($"refused to build: {overlap}");
        // Pages are streamed into the staging folder as they are rendered; it replaces output/ only
        // when the build succeeds, and is deleted when it fails or throws.
        using var staging = new StagingFolder(options.OutputDirectory);
        var result = Generate(options, progress, staging: staging);
        if (result.Succeeded)
        {
            if (progress is not null) progress.Stage = "writing";
            staging.Commit(result.Files);
        }
        return result;
    }

    /// <summary>
    /// Builds the site in memory, every stage but the swap into output/. With a <paramref name="staging"/>
    /// folder (a plain build), each page is written into it as soon as it is rendered.
    /// </summary>
    public static BuildResult Generate(BuildOptions options, BuildProgress? progress = null, BuildCache? cache = null, SourceReuse? reuse = null,
        StagingFolder? staging = null)
    {
        var build = Run(options, progress, cache, reuse, staging);
        return new BuildResult(build.Reported, build.Files, build.Pages.Count, build.Tables.Count, build.Bodies.Sum(b => b.Result?.Count("chart") ?? 0), build.Clock.ElapsedMilliseconds)
        {
            RenderedPages = build.Fresh.Count(f => f),
            BasePath = build.BasePath,
            SiteUrl = build.SiteUrl,
        };
    }

    /// <summary>The stages of <see cref="Generate"/>, and the context they leave (what tests look into).</summary>
    internal static BuildContext Run(BuildOptions options, BuildProgress? progress, BuildCache? cache, SourceReuse? reuse, StagingFolder? staging)
    {
        var build = new BuildContext(options, progress ?? new BuildProgress(), cache, reuse, staging);
        try
        {
            LoadStage.Run(build);
            ConfigureStage.Run(build);
            // Every later stage formats numbers, dates and sentences by the site's language rules.
            using var languageRules = LanguageBook.Use(build.LanguageRules);
            ParseStage.Run(build);
            PlanStage.Run(build);
            RenderStage.Run(build);
            ValidateStage.Run(build);
            WriteStage.Run(build);
        }
        finally
        {
            // Cards and citations are written while the layouts render: none may still be writing once the build returns.
            foreach (var output in build.Outputs) output.Settle();
        }
        // The preview renders an edited page first against this build; only on top of a good site.
        build.Cache.Last = build.Reusable && !build.Failed ? build : null;
        return build;
    }
}
