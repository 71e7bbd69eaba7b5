using System.Net;
using System.Text;

namespace Site.Output;

/// <summary>feed.xml, an Atom feed of the dated pages, newest first. Dates come from content, never the clock.</summary>
public static class AtomFeed
{
    public sealed record Entry(string Title, string AbsoluteUrl, string Updated, string? Summary);

    public static string Write(string title, string siteUrl, string feedUrl, string? author, IEnumerable<Entry> entries)
    {
        var list = entries.OrderByDescending(e => e.Updated, StringComparer.Ordinal).ThenBy(e => e.AbsoluteUrl, StringComparer.Ordinal).ToList();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.Append("  <title>").Append(Encode(title)).Append("</title>\n");
        xml.Append("  <id>").Append(Encode(siteUrl)).Append("</id>\n");
        xml.Append("  <link href=\"").Append(Encode(siteUrl)).Append("\"/>\n");
        xml.Append("  <link rel=\"self\" href=\"").Append(Encode(feedUrl)).Append("\"/>\n");
        xml.Append("  <updated>").Append(Timestamp(list.Count > 0 ? list[0].Updated : "2000-01-01")).Append("</updated>\n");
        // Atom requires an author for the feed (or for every entry): the site's title stands in.
        xml.Append("  <author><name>").Append(Encode(string.IsNullOrWhiteSpace(author) ? title : author)).Append("</name></author>\n");
        foreach (var entry in list)
        {
            xml.Append("  <entry>\n    <title>").Append(Encode(entry.Title)).Append("</title>\n")
                .Append("    <id>").Append(Encode(entry.AbsoluteUrl)).Append("</id>\n")
                .Append("    <link href=\"").Append(Encode(entry.AbsoluteUrl)).Append("\"/>\n")
                .Append("    <updated>").Append(Timestamp(entry.Updated)).Append("</updated>\n");
            if (entry.Summary is not null) xml.Append("    <summary>").Append(Encode(entry.Summary)).Append("</summary>\n");
            xml.Append("  </entry>\n");
        }
        return xml.Append("</feed>\n").ToString();
    }

    private static string Timestamp(string date) => date + "T00:00:00Z";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
