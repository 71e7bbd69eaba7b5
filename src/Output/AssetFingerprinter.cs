using System.Security.Cryptography;
using Site.Content;
using Site.Loading;

namespace Site.Output;

/// <summary>
/// Theme assets go to output/assets/. CSS and JavaScript get a content hash in their name
/// (site.3f2a1b9c0d.css), so they can be cached forever and a change is never served stale.
/// Other assets (images, fonts) keep their names, so CSS can refer to them by relative URL.
/// </summary>
public static class AssetFingerprinter
{
    public sealed record Result(IReadOnlyDictionary<string, string> UrlByAsset, IReadOnlyList<OutputFile> Files);

    public static Result Fingerprint(IReadOnlyList<StaticFile> assets, string basePath)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new OutputFile[assets.Count];
        Parallel.For(0, assets.Count, i =>
        {
            var asset = assets[i];
            var outputPath = "assets/" + asset.RelativePath;
            var extension = Path.GetExtension(asset.RelativePath);
            if (extension is ".css" or ".js")
            {
                var bytes = Minify(asset, File.ReadAllBytes(asset.FullPath));
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
                outputPath = "assets/" + asset.RelativePath[..^extension.Length] + "." + hash + extension;
                files[i] = new OutputFile(outputPath, bytes, null);
            }
            else files[i] = OutputFile.Copy(outputPath, asset.FullPath);
        });
        for (var i = 0; i < assets.Count; i++) urls[assets[i].RelativePath] = BasePath.Apply(basePath, "/" + files[i].RelativePath);
        return new Result(urls, files);
    }

    /// <summary>The theme's own CSS and JS are minified; vendored files (already minified) are kept as shipped.</summary>
    private static byte[] Minify(StaticFile asset, byte[] bytes)
    {
        if (asset.RelativePath.StartsWith("vendor/", StringComparison.Ordinal)) return bytes;
        var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n");
        var minified = asset.RelativePath.EndsWith(".css", StringComparison.Ordinal) ? Minifier.Css(text) : Minifier.JavaScript(text);
        return System.Text.Encoding.UTF8.GetBytes(minified);
    }
}
