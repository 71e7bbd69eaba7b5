using Site.Output;

namespace Site.Build.Outputs;

/// <summary>The theme's CSS, JS, fonts and images, minified and fingerprinted (done while parsing).</summary>
internal sealed class ThemeAssets : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) => build.Assets.Files.Select(f => f.RelativePath);

    public override IEnumerable<OutputFile> Files(BuildContext build) => build.Assets.Files;
}
