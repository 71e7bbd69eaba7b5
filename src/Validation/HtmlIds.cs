using AngleSharp;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Site.Validation;

/// <summary>
/// The ids of a rendered page's elements (headings, footnotes, figures, template ids), read from the
/// document as an HTML5 parser builds it, so text that only looks like an attribute (in a script, a
/// comment or escaped prose) is not an id. Called once per rendered page; cached with the page.
/// </summary>
public static class HtmlIds
{
    /// <summary>
    /// The same HTML5 tree construction, minus what ids cannot come from: the parser keeps only the
    /// <c>id</c> attribute of each tag and drops comments and the text of script, style, title,
    /// textarea and CDATA (raw text cannot hold elements). Parsing every page with every attribute was
    /// about half the time of applying layouts at 1,000 pages (AngleSharp building and copying each
    /// element's attribute list). Text in the body is kept: it steers tree construction (foster
    /// parenting in tables, implied body), and character references are still decoded in ids.
    /// Tree construction reads other attributes in a few places (input type=hidden in tables, font
    /// and annotation-xml in SVG and MathML); there the element lands elsewhere but keeps its id. The
    /// one place an id could differ is a body of hidden inputs replaced by a later frameset.
    /// The tree is AngleSharp's tree construction building <see cref="IdDocument"/>, which keeps
    /// elements and ids only (see IdTree.cs for why); where that tree could differ from AngleSharp's
    /// own document (a node fostered out of a table, a template) the page is parsed again into it.
    /// </summary>
    private static HtmlParserOptions Lean => new()
    {
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipRCDataText = true,
        SkipPlaintext = true,
        SkipCDATA = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = IsId,
    };

    /// <summary>
    /// The parser building our light tree (IdTree.cs): elements and their ids, no text. Its browsing
    /// context holds our tree's factory and nothing else: parsing into a tree of our own asks the
    /// context for that factory only, and <c>Configuration.Default</c> would make AngleSharp's element,
    /// event, selector and input factories (a cold start's first use of each) for nothing.
    /// </summary>
    private static readonly HtmlParser Light = new(Lean, BrowsingContext.New(new Configuration([IdTreeFactory.Instance])));

    /// <summary>
    /// The same parser building AngleSharp's own document, for the pages the light tree is unsure of;
    /// made on first use (a nested class's static field), since most builds never need it.
    /// </summary>
    private static class Full
    {
        public static readonly HtmlParser Parser = new(Lean);
    }

    private static bool IsId(ref StructHtmlToken token, ReadOnlyMemory<char> name) => name.Span.SequenceEqual("id");

    public static HashSet<string> Collect(string html)
    {
        if (FromLightTree(html) is { } ids) return ids;
        ids = new HashSet<string>(StringComparer.Ordinal);
        using var document = Full.Parser.ParseDocument(html);
        foreach (var element in document.All)
            if (element.Id is { Length: > 0 } id) ids.Add(id);
        return ids;
    }

    /// <summary>The ids from the light tree, or null where it is unsure (see IdDocument.Unsure).</summary>
    internal static HashSet<string>? FromLightTree(string html)
    {
        using var light = Light.ParseDocument<IdDocument, IdElement>(new TextSource(html));
        if (light.Unsure) return null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        light.CollectIds(ids);
        return ids;
    }
}
