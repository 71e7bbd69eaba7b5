using System.Collections.Concurrent;
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
                var (bytes, hash) = MinifiedAndHashed(asset);
                outputPath = "assets/" + asset.RelativePath[..^extension.Length] + "." + hash + extension;
                files[i] = new OutputFile(outputPath, bytes, null);
            }
            else files[i] = OutputFile.Copy(outputPath, asset.FullPath);
        });
        for (var i = 0; i < assets.Count; i++) urls[assets[i].RelativePath] = BasePath.Apply(basePath, "/" + files[i].RelativePath);
        return new Result(urls, files);
    }

    private sealed record Done(string RelativePath, byte[] Source, byte[] Output, string Hash);

    /// <summary>The last result per stylesheet and script: the preview rebuilds on every save, and most saves leave them as they were.</summary>
    private static readonly ConcurrentDictionary<string, Done> LastDone = new(StringComparer.Ordinal);

    /// <summary>
    /// Minifies and hashes an asset, or returns the last result when the file holds the same bytes
    /// (compared whole, so the result is exactly what a fresh build makes).
    /// </summary>
    private static (byte[] Bytes, string Hash) MinifiedAndHashed(StaticFile asset)
    {
        var source = File.ReadAllBytes(asset.FullPath);
        if (LastDone.TryGetValue(asset.FullPath, out var done) && done.RelativePath == asset.RelativePath && done.Source.AsSpan().SequenceEqual(source))
            return (done.Output, done.Hash);
        var bytes = Minify(asset, source);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        LastDone[asset.FullPath] = new Done(asset.RelativePath, source, bytes, hash);
        return (bytes, hash);
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
