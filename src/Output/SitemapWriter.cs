using System.Xml;

namespace Site.Output;

/// <summary>sitemap.xml and robots.txt. Dates come from content (never the clock), so builds repeat.</summary>
public static class SitemapWriter
{
    /// <summary>A page, with its language versions (hreflang → absolute URL, itself included) when it has any.</summary>
    public sealed record Entry(string AbsoluteUrl, string? LastModified, IReadOnlyList<(string HrefLang, string Url)>? Alternates = null);

    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Sitemap(IEnumerable<Entry> entries)
    {
        var list = entries.ToList();
        // Google's sitemap extension for language versions: every <url> lists all versions, itself too.
        var multilingual = list.Any(e => e.Alternates is { Count: > 0 });
        return XmlText.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", xml =>
        {
            xml.WriteStartElement("urlset", Sitemaps);
            xml.WriteAttributeString("xmlns", null, Sitemaps); // declared first, as before the alternates' prefix
            if (multilingual) xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var entry in list)
            {
                xml.WriteWhitespace("\n  ");
                xml.WriteStartElement("url", Sitemaps);
                xml.WriteElementString("loc", Sitemaps, entry.AbsoluteUrl);
                if (entry.LastModified is not null) xml.WriteElementString("lastmod", Sitemaps, entry.LastModified);
                foreach (var (hrefLang, url) in entry.Alternates ?? [])
                {
                    xml.WriteStartElement("xhtml", "link", Xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", hrefLang);
                    xml.WriteAttributeString("href", url);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteWhitespace("\n");
            xml.WriteEndElement();
        });
    }

    /// <summary>robots.txt: everything may be crawled; the sitemap is named when the site's origin is known.</summary>
    public static string Robots(string? sitemapUrl) =>
        "User-agent: *\nAllow: /\n" + (sitemapUrl is null ? "" : $"\nSitemap: {sitemapUrl}\n");
}
