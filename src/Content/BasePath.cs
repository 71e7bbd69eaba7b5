namespace Site.Content;

/// <summary>The URL prefix of the site (GitHub Pages project sites live under /REPO/).</summary>
public static class BasePath
{
    public static bool IsValid(string path) =>
        path.StartsWith('/') && path.EndsWith('/') && !path.Contains("//", StringComparison.Ordinal)
        && !path.Contains("..", StringComparison.Ordinal) && path.All(c => c > ' ' && c != '"' && c != '<' && c != '>' && c != '\\');

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
