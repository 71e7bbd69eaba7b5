namespace Site.Content;

/// <summary>
/// The address a site is published at, without its path: https://owner.github.io. The path is the
/// base path, given once; a URL that carried it too would double it in every absolute link.
/// </summary>
public static class SiteOrigin
{
    public static bool IsValid(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
        && url.AbsolutePath == "/" && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment)
        && string.IsNullOrEmpty(url.UserInfo);

    /// <summary>Scheme, host and port as the URL class writes them (lower case, IDN host punycoded), no trailing slash.</summary>
    public static string Normalize(string value) => new Uri(value, UriKind.Absolute).GetLeftPart(UriPartial.Authority);
}
