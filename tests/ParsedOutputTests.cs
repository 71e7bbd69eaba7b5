using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AngleSharp.Dom;
using Site.Diagnostics;
using Site.Output;
using Site.Tests.Support;
using Site.Validation;
using Xunit;
using Site.Build;
using Site.Tracking;

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

    [Theory]
    // The adoption agency: misnested formatting elements are closed, copied (with their ids) and reopened.
    [InlineData("<p><b id=b1><i id=i1>x</b>y</i><div id=d1><a id=a1>1<div id=d2>2</a>3</div></div>", true)]
    [InlineData("<b id=n1><b id=n2><b id=n3><b id=n4><p id=p1>x</b></b></b></b><p id=p2>y", true)]
    // Foster parenting, also of tables in tables, and inside a template, whose contents are not in the document.
    [InlineData("<table id=t1><tr><td><table id=t2><div id=f1>x</div><tr id=r1><td id=c1>y</table></td></tr><em id=f2>z</em></table>", false)]
    [InlineData("<template id=tp><table><div id=in-tp-fostered>x</div><tr><td id=in-tp-cell></td></tr></table></template><p id=after>", false)]
    [InlineData("<table><template id=tp2><div id=in-tp2></div></template><tr><td id=cell2>x</table><template id=open><p id=in-open>", false)]
    // A frameset replaces a body that holds only what allows it; a second html or body tag adds its id when there is none.
    [InlineData("<body><frameset id=fs><frame id=fr></frameset><noframes id=nf><p id=in-nf></noframes>", true)]
    [InlineData("<html><body><div id=d><html id=late-html><body id=late-body></div>", true)]
    // Select, options and tables in a select; headings closing headings; lists; ruby.
    [InlineData("<select id=s><option id=o1>a<optgroup id=g><option id=o2>b<table id=in-select><tr><td id=sc>c</table></select><h1 id=h1><h2 id=h2>t</h1><ul><li id=l1>a<li id=l2>b<ruby><rb id=rb>x<rt id=rt>y</ruby>", true)]
    // Foreign content: SVG and MathML integration points and what breaks out of them.
    // Tag names in upper or mixed case get the flags of their lower-case element (the tokenizer lowers them).
    [InlineData("<DIV id=D1><svg><FOREIGNOBJECT id=fo2><P id=p3>x</P></FOREIGNOBJECT></svg><MATH><MI id=mi2><B id=b3>y</B></MI></MATH><TABLE><TR><TD id=c3>z</TABLE></DIV>", true)]
    // SVG and MathML nested in each other, with HTML inside them and after them.
    [InlineData("<svg id=o><g><foreignObject id=fo3><svg id=nested><circle id=c1/></svg><p id=inp>y</p></foreignObject></g><clipPath id=cp></clipPath></svg><math><mrow id=mr><mi id=mi3><svg id=in-mi><b id=b4>z</b></svg></mi></mrow></math><p id=after2>", true)]
    [InlineData("<svg id=s1><desc id=desc><p id=in-desc>x</p></desc><g id=g1><b id=breaks>y</b></g></svg><math id=m1><mi id=mi><b id=in-mi>z</b></mi><mtext><svg id=in-mtext></svg></mtext></math>", true)]
    public void The_id_tree_finds_the_ids_a_full_parse_finds(string html, bool lightTreeIsSure)
    {
        // HtmlIds builds its own light tree through AngleSharp's tree construction (IdTree.cs): the
        // same ids as AngleSharp's own document, in markup where tree construction moves elements.
        using var full = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var expected = full.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, HtmlIds.Collect(html).Order(StringComparer.Ordinal));
        // Where the light tree is sure, its own ids are the full parse's; where a node is fostered out
        // of a table or a template is open, it must say it is unsure (the page is parsed again).
        var light = HtmlIds.FromLightTree(html);
        if (lightTreeIsSure) Assert.Equal(expected, Assert.IsType<HashSet<string>>(light).Order(StringComparer.Ordinal));
        else Assert.Null(light);
    }

    [Fact]
    public void The_element_flags_table_is_AngleSharps_for_every_tag_name_it_knows()
    {
        // ElementFlags.cs is a table, not read from AngleSharp at run time: every name AngleSharp has
        // a constant or an element class for (in any namespace), every name in the table, and names it
        // has no class for, must get the flags of the element AngleSharp itself makes, in all three
        // namespaces. An AngleSharp upgrade that changes a flag or adds a class fails here.
        var angleSharp = typeof(AngleSharp.Dom.TagNames).Assembly;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in typeof(AngleSharp.Dom.TagNames).GetFields(BindingFlags.Public | BindingFlags.Static))
            if (field.GetValue(null) is string name) names.Add(name);
        var factories = angleSharp.GetTypes().Where(t => !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition().Name == "IElementFactory`2")).ToList();
        Assert.Equal(3, factories.Count); // HTML, SVG and MathML
        foreach (var factory in factories)
        {
            var instance = factory.GetField("Instance", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
            // The factory's dictionaries from tag name to element class (a Dictionary, or a FrozenDictionary).
            var keys = factory.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(f => f.GetValue(f.IsStatic ? null : instance))
                .SelectMany(value => value?.GetType().GetProperty("Keys")?.GetValue(value) as IEnumerable<string> ?? [])
                .ToList();
            Assert.True(keys.Count > 0, $"{factory.FullName}: no table of element classes found");
            names.UnionWith(keys);
        }
        var namespaces = new[] { (ElementFlags.Html, NamespaceNames.HtmlUri), (ElementFlags.Svg, NamespaceNames.SvgUri), (ElementFlags.MathMl, NamespaceNames.MathMlUri) };
        foreach (var (table, _) in namespaces) names.UnionWith(table.Names);
        Assert.True(names.Count > 150, $"{names.Count} names");
        // Names AngleSharp has no class for, names in another case, and one the DOM API refuses.
        names.UnionWith(["x-widget", "custom", "Div", "TABLE", "FOREIGNOBJECT", "Mi", "a<b"]);

        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("");
        var wrong = new List<string>();
        foreach (var (table, ns) in namespaces)
        {
            NodeFlags AngleSharpFlags(string name)
            {
                try { return ns == NamespaceNames.HtmlUri ? document.CreateElement(name).Flags : document.CreateElement(ns, name).Flags; }
                catch (DomException) { return AngleSharpFlags("x-unknown"); } // the parser makes the generic element
            }
            Assert.Equal(AngleSharpFlags("x-unknown"), table.Unknown);
            foreach (var name in names)
            {
                var (interned, flags) = table.Of(name);
                if (flags != AngleSharpFlags(name) || interned != name) wrong.Add($"{ns} {name}: {interned} {flags}, AngleSharp: {AngleSharpFlags(name)}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
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

    internal static List<string> Validate(string xml, string schemaFile)
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
