using System.Xml.Linq;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// Text that reaches feed.xml and sitemap.xml: a character XML 1.0 forbids is one located error where
/// the content wrote it (the character, or the YAML escape that made it), never an exception; odd but
/// legal text (markup characters, quotes, emoji, right-to-left scripts, combining marks) is escaped
/// by the XML writer and both files stay valid against their schemas.
/// </summary>
public sealed class XmlTextTests
{
    private static BuildResult Build(TempDirectory site, string? siteUrl = "https://example.org") =>
        SiteBuilder.Generate(new BuildOptions(site.Combine("input"), Path.Combine(Repo.Cases, "_theme"), "unused", SiteUrl: siteUrl, DisplayRoot: site.Path));

    private static string[] Diagnostics(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void A_control_character_escaped_in_a_page_title_is_an_error_at_the_escape()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "title: { en: Site }\n");
        site.Write("input/index.md", "---\ntitle: \"Tab\\x01bed\"\ndescription: Home.\ndate: 2026-06-01\n---\nHello.\n");
        Assert.Equal(
            ["input/index.md:2:12: error PAGE002: '\\x01' writes U+0001, a control character, which XML and HTML forbid (feed.xml, sitemap.xml and the pages could not carry it); remove it"],
            Diagnostics(Build(site)));
    }

    [Fact]
    public void A_control_character_escaped_in_the_site_title_is_an_error_at_the_escape()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "title: { en: \"Site\\u0007\" }\n");
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\ndate: 2026-06-01\n---\nHello.\n");
        Assert.Equal(
            ["input/site.yml:1:19: error SITE001: '\\u0007' writes U+0007, a control character, which XML and HTML forbid (feed.xml, sitemap.xml and the pages could not carry it); remove it"],
            Diagnostics(Build(site)));
    }

    [Theory]
    // A half of a surrogate pair, a noncharacter, and a raw control character on the second line of a
    // folded description: each at its own line and column.
    [InlineData("description: \"Half \\uD800 a pair\"\n", "3:20", "'\\uD800' writes U+D800, half of a surrogate pair without its other half (not a character)")]
    [InlineData("description: \"None\\uFFFF\"\n", "3:19", "'\\uFFFF' writes U+FFFF, a noncharacter")]
    [InlineData("description: \"Low \\uDC00 first\"\n", "3:19", "'\\uDC00' writes U+DC00, half of a surrogate pair without its other half (not a character)")]
    [InlineData("description: >\n  First line,\n  second \u0002 line.\n", "5:10", "this text holds U+0002, a control character")]
    [InlineData("summary: 'single \u001b quoted'\ndescription: Home.\n", "3:18", "this text holds U+001B, a control character")]
    public void A_forbidden_character_in_front_matter_is_an_error_where_it_stands(string yaml, string at, string what)
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "title: { en: Site }\n");
        site.Write("input/index.md", "---\ntitle: Home\n" + yaml + "---\nHello.\n");
        Assert.Equal(
            [$"input/index.md:{at}: error PAGE002: {what}, which XML and HTML forbid (feed.xml, sitemap.xml and the pages could not carry it); remove it"],
            Diagnostics(Build(site)));
    }

    [Theory]
    // YamlDotNet refuses these with "found unknown escape character" (or a bad hexadecimal number), which
    // used to read "this quoted text is not closed" at the quote.
    [InlineData("description: \"Bad \\q escape\"\n", "3:19", "'\\q' is not an escape YAML knows: write '\\\\' for a backslash, or put the text in single quotes")]
    [InlineData("description: \"Bad \\x4G\"\n", "3:19", "'\\x4G' is not an escape YAML knows: '\\x' takes 2 hexadecimal digits")]
    public void An_escape_yaml_does_not_know_is_an_error_at_the_escape(string yaml, string at, string message)
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "title: { en: Site }\n");
        site.Write("input/index.md", "---\ntitle: Home\n" + yaml + "---\nHello.\n");
        Assert.Equal([$"input/index.md:{at}: error PAGE002: {message}"], Diagnostics(Build(site)));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_written_as_an_escaped_pair_or_in_full_is_fine()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "title: { en: \"Site \\uD83D\\uDE00 \\U0001F600\" }\n");
        site.Write("input/index.md", "---\ntitle: \"Tab\\tand \\\\x01, not an escape\"\ndescription: Home.\ndate: 2026-06-01\n---\nHello.\n");
        var result = Build(site);
        Assert.Equal([], Diagnostics(result));
        var feed = XDocument.Parse(Text(result, "feed.xml")).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("Site 😀 😀", feed.Element(atom + "title")!.Value);
        Assert.Equal("Tab\tand \\x01, not an escape", feed.Element(atom + "entry")!.Element(atom + "title")!.Value);
    }

    [Fact]
    public void Odd_but_legal_text_keeps_the_feed_and_sitemap_valid_and_reads_back_as_written()
    {
        const string siteTitle = "Tom & Jerry's <Site> \"quoted\"";
        const string pageTitle = "Émoji 🇨🇦👩🏽‍💻 & <b>not bold</b>";
        const string rtl = "مرحبا بالعالم שלום \u200F";
        const string combining = "Cafe\u0301 n\u0303 a\u0308\u0323 ]]> --> &amp;";
        using var site = new TempDirectory();
        site.Write("input/site.yml", $"title: {{ en: '{siteTitle.Replace("'", "''")}' }}\nauthor: \"{rtl}\"\n");
        site.Write("input/index.md", $"---\ntitle: \"{pageTitle}\"\ndescription: Home.\ndate: 2026-06-01\n---\nHello.\n");
        site.Write("input/a-b/x-y.md", $"---\ntitle: '{rtl}'\ndescription: \"{combining}\"\nsummary: \"{combining}\"\ndate: 2026-06-02\nupdated: 2026-06-03\n---\nText.\n");
        var result = Build(site);
        Assert.Equal([], Diagnostics(result));

        var feedXml = Text(result, "feed.xml");
        var sitemapXml = Text(result, "sitemap.xml");
        Assert.Empty(ParsedOutputTests.Validate(feedXml, "atom.xsd"));
        Assert.Empty(ParsedOutputTests.Validate(sitemapXml, "sitemap.xsd"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(feedXml).Root!;
        Assert.Equal(siteTitle, feed.Element(atom + "title")!.Value);
        Assert.Equal(rtl, feed.Element(atom + "author")!.Element(atom + "name")!.Value);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal([rtl, pageTitle], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal(combining, entries[0].Element(atom + "summary")!.Value);
        XNamespace sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(["https://example.org/", "https://example.org/a-b/x-y/"],
            XDocument.Parse(sitemapXml).Root!.Elements(sitemaps + "url").Select(u => u.Element(sitemaps + "loc")!.Value).Order(StringComparer.Ordinal));
    }

    private static string Text(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == path).Content!);
}
