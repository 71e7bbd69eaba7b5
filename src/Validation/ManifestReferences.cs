using System.Text.Json;

namespace Site.Validation;

/// <summary>
/// The URLs a web app manifest (<c>*.webmanifest</c>, <c>manifest.json</c>) makes a browser load or open:
/// <c>start_url</c>, <c>scope</c>, and the <c>src</c> of <c>icons</c>, <c>screenshots</c> and the
/// icons of <c>shortcuts</c> (whose <c>url</c> too). Read with System.Text.Json; a manifest that is
/// not JSON has no references (browsers ignore it, and the file is the theme's or the content's own).
/// </summary>
public static class ManifestReferences
{
    public static bool IsManifest(string path) =>
        path.EndsWith(".webmanifest", StringComparison.Ordinal) || Path.GetFileName(path) == "manifest.json";

    public static List<(string Url, string Kind)> Collect(byte[] json)
    {
        var found = new List<(string, string)>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object) return found;
            var root = document.RootElement;
            foreach (var key in new[] { "start_url", "scope" })
                if (root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String) found.Add((value.GetString()!, key));
            Images(root, "icons", found);
            Images(root, "screenshots", found);
            if (root.TryGetProperty("shortcuts", out var shortcuts) && shortcuts.ValueKind == JsonValueKind.Array)
                foreach (var shortcut in shortcuts.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object))
                {
                    if (shortcut.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String) found.Add((url.GetString()!, "shortcuts url"));
                    Images(shortcut, "icons", found);
                }
        }
        catch (JsonException)
        {
            // Not JSON: nothing a browser would load from it.
        }
        return found;
    }

    private static void Images(JsonElement owner, string key, List<(string, string)> found)
    {
        if (!owner.TryGetProperty(key, out var list) || list.ValueKind != JsonValueKind.Array) return;
        foreach (var image in list.EnumerateArray())
            if (image.ValueKind == JsonValueKind.Object && image.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String)
                found.Add((src.GetString()!, key + " src"));
    }
}
