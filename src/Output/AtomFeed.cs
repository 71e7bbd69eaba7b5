using System.Xml;

namespace Site.Output;

/// <summary>feed.xml, an Atom feed of the dated pages, newest first. Dates come from content, never the clock.</summary>
public static class AtomFeed
{
    public sealed record Entry(string Title, string AbsoluteUrl, string Updated, string? Summary);

    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(string title, string siteUrl, string feedUrl, string? author, IEnumerable<Entry> entries)
    {
        var list = entries.OrderByDescending(e => e.Updated, StringComparer.Ordinal).ThenBy(e => e.AbsoluteUrl, StringComparer.Ordinal).ToList();
        return XmlText.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", xml =>
        {
            xml.WriteStartElement("feed", Atom);
            Line(xml, 1);
            xml.WriteElementString("title", Atom, title);
            Line(xml, 1);
            xml.WriteElementString("id", Atom, siteUrl);
            Line(xml, 1);
            Link(xml, null, siteUrl);
            Line(xml, 1);
            Link(xml, "self", feedUrl);
            Line(xml, 1);
            xml.WriteElementString("updated", Atom, Timestamp(list.Count > 0 ? list[0].Updated : "2000-01-01"));
            Line(xml, 1);
            // Atom requires an author for the feed (or for every entry): the site's title stands in.
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, string.IsNullOrWhiteSpace(author) ? title : author);
            xml.WriteEndElement();
            foreach (var entry in list)
            {
                Line(xml, 1);
                xml.WriteStartElement("entry", Atom);
                Line(xml, 2);
                xml.WriteElementString("title", Atom, entry.Title);
                Line(xml, 2);
                xml.WriteElementString("id", Atom, entry.AbsoluteUrl);
                Line(xml, 2);
                Link(xml, null, entry.AbsoluteUrl);
                Line(xml, 2);
                xml.WriteElementString("updated", Atom, Timestamp(entry.Updated));
                if (entry.Summary is not null)
                {
                    Line(xml, 2);
                    xml.WriteElementString("summary", Atom, entry.Summary);
                }
                Line(xml, 1);
                xml.WriteEndElement();
            }
            Line(xml, 0);
            xml.WriteEndElement();
        });
    }

    private static void Link(XmlWriter xml, string? rel, string href)
    {
        xml.WriteStartElement("link", Atom);
        if (rel is not null) xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Line(XmlWriter xml, int depth) => xml.WriteWhitespace("\n" + new string(' ', 2 * depth));

    private static string Timestamp(string date) => date + "T00:00:00Z";
}
