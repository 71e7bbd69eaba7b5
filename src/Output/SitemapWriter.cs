using System.Net;
using System.Text;

namespace Site.Output;

/// <summary>sitemap.xml and robots.txt. Dates come from content (never the clock), so builds repeat.</summary>
public static class SitemapWriter
{
    /// <summary>A page, with its language versions (hreflang → absolute URL, itself included) when it has any.</summary>
    public sealed record Entry(string AbsoluteUrl, string? LastModified, IReadOnlyList<(string HrefLang, string Url)>? Alternates = null);

    public static string Sitemap(IEnumerable<Entry> entries)
    {
        var list = entries.ToList();
        // Google's sitemap extension for language versions: every <url> lists all versions, itself too.
        var multilingual = list.Any(e => e.Alternates is { Count: > 0 });
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
            .Append(multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n");
        foreach (var entry in list)
        {
            xml.Append("  <url><loc>").Append(WebUtility.HtmlEncode(entry.AbsoluteUrl)).Append("</loc>");
            if (entry.LastModified is not null) xml.Append("<lastmod>").Append(entry.LastModified).Append("</lastmod>");
            foreach (var (hrefLang, url) in entry.Alternates ?? [])
                xml.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(WebUtility.HtmlEncode(hrefLang)).Append("\" href=\"").Append(WebUtility.HtmlEncode(url)).Append("\"/>");
            xml.Append("</url>\n");
        }
        return xml.Append("</urlset>\n").ToString();
    }

    /// <summary>robots.txt: everything may be crawled; the sitemap is named when the site's origin is known.</summary>
    public static string Robots(string? sitemapUrl) =>
        "User-agent: *\nAllow: /\n" + (sitemapUrl is null ? "" : $"\nSitemap: {sitemapUrl}\n");
}
