using Site.Output;

namespace Site.Build.Outputs;

/// <summary>What every GitHub Pages site needs besides its pages: .nojekyll, and robots.txt (naming the sitemap when there is one).</summary>
internal sealed class SiteFiles : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) => ["robots.txt", ".nojekyll"];

    public override IEnumerable<OutputFile> Files(BuildContext build)
    {
        // Without it, GitHub Pages runs Jekyll, which drops files and folders starting with '_'.
        yield return OutputFile.Text(".nojekyll", "");
        yield return OutputFile.Text("robots.txt", SitemapWriter.Robots(build.SiteUrl is null ? null : build.SiteUrl + build.BasePath + "sitemap.xml"));
    }
}
