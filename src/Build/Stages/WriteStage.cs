using Site.Output;

namespace Site.Build.Stages;

/// <summary>
/// Write (in memory): the files of a build without errors, pages first (those streamed are already in
/// the staging folder), then the content's files to copy and every generated output's. The swap into
/// output/ is <see cref="SiteBuilder.Build"/>'s, once this returns.
/// </summary>
internal static class WriteStage
{
    public static void Run(BuildContext build)
    {
        if (build.Failed) return;
        for (var i = 0; i < build.Pages.Count; i++)
        {
            var path = build.Pages[i].OutputPath;
            build.Files.Add(build.Streamed[i] ? OutputFile.Staged(path, build.Staging!.FinalPath(path)) : new OutputFile(path, RenderedPageMemo.Bytes(build.Layouts[i]!.Html!), null));
        }
        build.Files.AddRange(build.Sources.ContentFiles.Select(f => OutputFile.Copy(f.RelativePath, f.FullPath)));
        foreach (var output in build.Outputs) build.Files.AddRange(output.Files(build));
    }
}
