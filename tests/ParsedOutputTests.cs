using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Site.Diagnostics;
using Site.Output;
using Site.Tests.Support;
using Site.Validation;
using Xunit;

namespace Site.Tests;

/// <summary>
/// What is parsed is parsed by a parser: anchor ids come from the parsed page, assets are minified by
/// NUglify, and feed.xml and sitemap.xml validate against XML Schemas (tests/xml-schemas/).
/// </summary>
public sealed class ParsedOutputTests
{
    [Fact]
    public void Ids_are_those_of_elements_not_text_that_looks_like_an_attribute()
    {
        var html = """
            <h2 id="a&amp;b">Heading</h2>
            <p>Write <code>&lt;p id="escaped"&gt;</code> or id="prose" in a sentence.</p>
            <!-- <p id="commented"> -->
            <script type="application/json">{"html": "<div id=\"in-script\">"}</script>
            <div ID='single' class="x"><span data-id="not-an-id" id=unquoted></span></div>
            """;
        Assert.Equal(["a&b", "single", "unquoted"], HtmlIds.Collect(html).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_lean_parse_finds_the_ids_a_full_parse_finds()
    {
        // HtmlIds keeps only id attributes and skips comments and raw text; tree construction is the
        // same, so the ids are those of a parse that keeps everything, in markup that bends the tree.
        var html = """
            <!DOCTYPE html><html ID="root"><head><title id="not-in-title"><b id="x"></title>
            <style>#a { content: '<i id="in-style">'; }</style><noscript id="ns"><p id="in-noscript"></p></noscript></head>
            <body id="body"><body id="second-body"><table id="t"><input type="hidden" id="hidden-in-table"><tr id="row"><td id="cell">
            text <font id="f" color="red">fostered</font></td></tr>stray<b id="fostered-b">text</b></table>
            <svg id="svg"><font color="red" id="breakout"><p id="after-breakout"></p></font><foreignObject id="fo"><div id="in-fo"></div></foreignObject><![CDATA[<g id="in-cdata">]]></svg>
            <math><annotation-xml encoding="text/html" id="ax"><div id="in-ax"></div></annotation-xml></math>
            <template id="tpl"><p id="in-template"></p></template><textarea id="ta"><p id="in-textarea"></textarea>
            <tr id="stray-row"><p id="a&amp;b&#x41;" data-id="no" ID="duplicate">x</p><plaintext id="pt"><p id="in-plaintext">
            """;
        using var full = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var expected = full.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("after-breakout", expected);
        Assert.Equal(expected, HtmlIds.Collect(html).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Thousands_of_broken_anchors_are_reported_quickly_with_their_suggestions()
    {
        var ids = Enumerable.Range(0, 3000).Select(i => $"section-heading-number-{i}").ToHashSet(StringComparer.Ordinal);
        var at = new SourceFile("/tmp/a.md", "input/a.md", "a.md", "x\n").At(1, 1);
        var checks = Enumerable.Range(0, 5000)
            .Select(i => new AnchorCheck("/b/", i % 2 == 0 ? $"section-heading-numbr-{i / 2}" : $"nothing-like-it-{i}-" + new string('x', i % 300), "b.md#x", at))
            .ToList();
        var diagnostics = new DiagnosticBag();
        // The check runs on this thread: its CPU time, which a busy machine does not change.
        var cpu = ThreadCpuClock.Measure(() => AnchorChecker.Check(checks, new Dictionary<string, IReadOnlySet<string>> { ["/b/"] = ids }, diagnostics));

        Assert.Equal(5000, diagnostics.ErrorCount);
        Assert.Contains(diagnostics.Sorted(), d => d.Message.EndsWith("did you mean '#section-heading-number-7'?", StringComparison.Ordinal));
        // Searches within the budget go to the first distinct fragments, every other one of which is a typo.
        Assert.Equal((AnchorChecker.SuggestionBudget / ids.Count + 1) / 2, diagnostics.Sorted().Count(d => d.Message.Contains("did you mean", StringComparison.Ordinal)));
        // Unbounded, this took over six minutes on the shared test machine (every fragment against every
        // id); the count above is the bound itself, and its CPU time is seconds, not minutes.
        Assert.True(cpu < TimeSpan.FromSeconds(60), $"{cpu} of CPU for 5,000 broken anchors");
    }

    [Fact]
    public void A_javascript_template_literal_keeps_its_line_breaks_and_indentation()
    {
        var js = "// drop this remark\nconst poem = `first line\n    indented second line\n// not a comment`;\nconsole.log(poem);\n";
        var minified = Minifier.JavaScript(js);
        Assert.Contains("`first line\n    indented second line\n// not a comment`", minified);
        Assert.DoesNotContain("drop this remark", minified);
    }

    [Fact]
    public void Css_is_minified_by_a_parser()
    {
        var css = "/* note */\nbody {\n  content: \"a  /* kept */  b\";\n  margin : 0 ;\n}\n";
        var minified = Minifier.Css(css);
        Assert.Contains("\"a  /* kept */  b\"", minified);
        Assert.DoesNotContain("note", minified);
        Assert.DoesNotContain("\n", minified.TrimEnd());
    }

    [Fact]
    public void The_real_sites_feed_and_sitemap_are_valid_against_their_schemas()
    {
        using var site = new TempDirectory();
        var result = SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, site.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: Repo.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string File(string name) => System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == name).Content!);

        Assert.Empty(Validate(File("sitemap.xml"), "sitemap.xsd"));
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"fr\"", File("sitemap.xml")); // the alternates were validated too
        Assert.Empty(Validate(File("feed.xml"), "atom.xsd"));
        Assert.Empty(Validate(File("fr/feed.xml"), "atom.xsd"));
        Assert.NotEmpty(XDocument.Parse(File("feed.xml")).Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")));
    }

    [Fact]
    public void The_schemas_reject_a_feed_without_an_author_and_a_relative_sitemap_location()
    {
        var feed = AtomFeed.Write("Site", "https://example.org/", "https://example.org/feed.xml", "An author",
            [new AtomFeed.Entry("Page", "https://example.org/a/", "2026-06-15", null)]);
        Assert.Empty(Validate(feed, "atom.xsd"));
        var withoutAuthor = XDocument.Parse(feed);
        withoutAuthor.Root!.Element(XName.Get("author", "http://www.w3.org/2005/Atom"))!.Remove();
        Assert.NotEmpty(Validate(withoutAuthor.ToString(), "atom.xsd"));

        Assert.Empty(Validate(SitemapWriter.Sitemap([new SitemapWriter.Entry("https://example.org/a/", "2026-06-15")]), "sitemap.xsd"));
        Assert.NotEmpty(Validate(SitemapWriter.Sitemap([new SitemapWriter.Entry("/a/", "2026-06-15")]), "sitemap.xsd"));
    }

    private static List<string> Validate(string xml, string schemaFile)
    {
        var schemas = new XmlSchemaSet();
        // The sitemap's language alternates (xhtml:link) are checked against their own schema.
        foreach (var file in schemaFile == "sitemap.xsd" ? new[] { schemaFile, "xhtml-link.xsd" } : [schemaFile])
            using (var reader = XmlReader.Create(Path.Combine(Repo.Checkout, "tests", "xml-schemas", file)))
                schemas.Add(null, reader);
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var document = XmlReader.Create(new StringReader(xml), settings);
        while (document.Read()) { }
        return errors;
    }
}
