using System.Xml.Linq;
using Site.Data;
using Site.Output;
using Xunit;

namespace Site.Tests;

/// <summary>What leaves the site as data: CSV a spreadsheet opens, and the Atom feed.</summary>
public sealed class ExportSafetyTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("-12%", "-12%")]
    [InlineData("Canada", "Canada")]
    public void Csv_cells_a_spreadsheet_would_run_are_neutralised(string cell, string written) =>
        Assert.Equal(written, DataExport.Field(cell));

    [Fact]
    public void The_feed_has_an_author_even_when_site_yml_names_none()
    {
        var xml = AtomFeed.Write("Site <&>", "https://example.org/", "https://example.org/feed.xml", null,
            [new AtomFeed.Entry("A \"page\"", "https://example.org/a/", "2026-06-15", "Summary")]);
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal("Site <&>", feed.Element(atom + "author")?.Element(atom + "name")?.Value);
        foreach (var required in new[] { "id", "title", "updated" }) Assert.NotNull(feed.Element(atom + required));
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        foreach (var required in new[] { "id", "title", "updated", "link" }) Assert.NotNull(entry.Element(atom + required));
    }
}
