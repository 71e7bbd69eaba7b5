namespace Site.Content;

/// <summary>
/// Clean URLs: input/pillars/compute.md → /pillars/compute/ (written as pillars/compute/index.html);
/// input/index.md → /; input/404.md → /404.html, where GitHub Pages looks for it.
/// </summary>
public static class UrlMapper
{
    public static (string Url, string OutputPath) Map(string relativePath, string? slug)
    {
        var withoutExtension = relativePath[..^".md".Length];
        if (withoutExtension == "404") return ("/404.html", "404.html");

        var slash = withoutExtension.LastIndexOf('/');
        var folder = slash < 0 ? "" : withoutExtension[..(slash + 1)];
        var name = slash < 0 ? withoutExtension : withoutExtension[(slash + 1)..];
        if (name == "index") name = "";
        else if (slug is not null) name = slug;

        var path = folder + (name.Length > 0 ? name + "/" : "");
        return ("/" + path, path + "index.html");
    }

    /// <summary>A segment of a page path is safe in a URL without escaping.</summary>
    public static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
