namespace Site.Content;

/// <summary>The URL prefix of the site (GitHub Pages project sites live under /REPO/).</summary>
public static class BasePath
{
    /// <summary>
    /// "/" or "/seg/.../": segments of URL-safe characters only (letters, digits, '-', '_', '.', '~'),
    /// never "." or "..". Percent signs are refused too, so "%2e%2e" (which browsers read as "..")
    /// cannot climb, and nothing in it needs escaping where it lands (attributes, JSON, URLs).
    /// </summary>
    public static bool IsValid(string path) =>
        path.StartsWith('/') && path.EndsWith('/')
        && (path == "/" || path[1..^1].Split('/').All(IsSafeSegment));

    private static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment != "." && segment != ".."
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~');

    /// <summary>Accepts "/x", "x/", "x" and "" as the user means them: "/x/" and "/".</summary>
    public static string Normalize(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>Prefixes a site-relative URL ("/pillars/") with the base path ("/repo/pillars/").</summary>
    public static string Apply(string basePath, string siteUrl) =>
        siteUrl.StartsWith('/') ? basePath + siteUrl[1..] : siteUrl;
}
