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

    /// <summary>
    /// Names Windows reserves for devices (CON, NUL, COM1…, with any extension): a checkout or an
    /// output folder there cannot hold a file or folder so named.
    /// </summary>
    public static bool IsReservedName(string segment)
    {
        var stem = segment.Split('.')[0].ToLowerInvariant();
        return stem is "con" or "prn" or "aux" or "nul"
            || (stem.Length == 4 && (stem.StartsWith("com", StringComparison.Ordinal) || stem.StartsWith("lpt", StringComparison.Ordinal)) && stem[3] is >= '1' and <= '9');
    }

    /// <summary>A segment of a page path is safe in a URL without escaping.</summary>
    public static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
