using System.Net;
using System.Text;

namespace Site.Output;

/// <summary>sitemap.xml and robots.txt. Dates come from content (never the clock), so builds repeat.</summary>
public static class SitemapWriter
{
    public sealed record Entry(string AbsoluteUrl, string? LastModified);

    public static string Sitemap(IEnumerable<Entry> entries)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var entry in entries)
        {
            xml.Append("  <url><loc>").Append(WebUtility.HtmlEncode(entry.AbsoluteUrl)).Append("</loc>");
            if (entry.LastModified is not null) xml.Append("<lastmod>").Append(entry.LastModified).Append("</lastmod>");
            xml.Append("</url>\n");
        }
        return xml.Append("</urlset>\n").ToString();
    }

    /// <summary>robots.txt: everything may be crawled; the sitemap is named when the site's origin is known.</summary>
    public static string Robots(string? sitemapUrl) =>
        "User-agent: *\nAllow: /\n" + (sitemapUrl is null ? "" : $"\nSitemap: {sitemapUrl}\n");
}
