using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Site.Validation;

/// <summary>A URL a published file asks for, where it stands (1-based, in the file as written) and how ("&lt;img srcset&gt;", "url()").</summary>
public readonly record struct Reference(string Url, string Kind, int Line, int Column);

/// <summary>
/// Every URL a rendered page makes the browser load or follow: <c>href</c> (a, area, link), <c>src</c>
/// (img, script, source, iframe, audio, video, track, embed, input), <c>srcset</c> (img, source),
/// <c>poster</c>, <c>object data</c>, and <c>url()</c> in style attributes and style elements, each
/// placed at its tag's '&lt;'. <see cref="Collect"/> takes them from <see cref="ReferenceScan"/> when it
/// is sure of the page (our pages always), else from AngleSharp's HTML5 tokenizer (<see cref="Tokenized"/>),
/// so text that only looks like an attribute (in a script, a comment, escaped prose) is no reference and
/// character references in values are decoded. Only the tokenizer runs, not tree construction:
/// references do not depend on where an element lands in the tree. The tokenizer is switched to raw
/// text after script, style and the like, as tree construction would switch it, except inside svg and
/// math (where those names are ordinary elements; integration points and breakout tags are not followed).
/// </summary>
public static class PageReferences
{
    /// <summary>The page's references: by the quick scan where it is sure, else by AngleSharp's tokenizer.</summary>
    public static List<Reference> Collect(string html) => ReferenceScan.TryScan(html) ?? Tokenized(html);

    /// <summary>The page's references as AngleSharp's tokenizer reads them (what the quick scan is checked against).</summary>
    public static List<Reference> Tokenized(string html)
    {
        var found = new List<Reference>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
            SkipComments = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = IsReferenceAttribute,
        };
        var foreign = 0; // open svg and math elements
        var inStyle = false;
        var styleAt = default(AngleSharp.Text.TextPosition);
        // A style element's text can come in several character tokens (the tokenizer stops at each '<'):
        // it is read as CSS once whole, so a comment or string that spans two tokens stays one.
        var style = new System.Text.StringBuilder();
        void EndStyle()
        {
            if (!inStyle) return;
            foreach (var url in CssReferences.Collect(style.ToString()))
                found.Add(new Reference(url.Url, "<style> url()", styleAt.Line, styleAt.Column));
            style.Clear();
            inStyle = false;
        }
        while (true)
        {
            var token = tokenizer.Get();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    EndStyle();
                    return found;
                case HtmlTokenType.Character when inStyle:
                    style.Append(token.Data);
                    continue;
                case HtmlTokenType.EndTag:
                    EndStyle();
                    if (token.Name is "svg" or "math" && foreign > 0) foreign--;
                    tokenizer.IsAcceptingCharacterData = foreign > 0;
                    continue;
                case HtmlTokenType.StartTag:
                    EndStyle();
                    var tag = (HtmlTagToken)token;
                    Attributes(tag, found);
                    if (tag.Name is "svg" or "math" && !tag.IsSelfClosing) foreign++;
                    tokenizer.IsAcceptingCharacterData = foreign > 0;
                    // In HTML content "/>" closes nothing: <script/> still starts a script, as tree construction has it.
                    if (foreign > 0) continue;
                    tokenizer.State = tag.Name switch
                    {
                        "script" => HtmlParseMode.Script,
                        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                        "textarea" or "title" => HtmlParseMode.RCData,
                        "plaintext" => HtmlParseMode.Plaintext,
                        _ => tokenizer.State,
                    };
                    inStyle = tag.Name == "style";
                    styleAt = tag.Position;
                    continue;
            }
        }
    }

    /// <summary>Only the attributes that may hold a URL are built; the tokenizer skips the others.</summary>
    private static bool IsReferenceAttribute(ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken token, ReadOnlyMemory<char> name) =>
        name.Span is "href" or "src" or "srcset" or "style" or "poster" or "data";

    private static void Attributes(HtmlTagToken tag, List<Reference> found)
    {
        foreach (var attribute in tag.Attributes) Add(tag.Name, attribute.Name, attribute.Value, tag.Position.Line, tag.Position.Column, found);
    }

    /// <summary>The references one attribute makes, placed at its tag's '&lt;'.</summary>
    internal static void Add(string tagName, string name, string value, int line, int column, List<Reference> found)
    {
        var kind = name switch
        {
            "href" when tagName is "a" or "area" or "link" => "href",
            "src" when tagName is "img" or "script" or "source" or "iframe" or "audio" or "video" or "track" or "embed" or "input" => "src",
            "poster" when tagName == "video" => "poster",
            "data" when tagName == "object" => "data",
            "srcset" when tagName is "img" or "source" => "srcset",
            "style" => "style",
            _ => null,
        };
        if (kind is null) return;
        var where = $"<{tagName} {kind}>";
        if (kind == "srcset")
            foreach (var candidate in SrcSet(value)) found.Add(new Reference(candidate, where, line, column));
        else if (kind == "style")
            foreach (var url in CssReferences.Collect(value)) found.Add(new Reference(url.Url, "style url()", line, column));
        else if (value.Trim() is { Length: > 0 } url)
            found.Add(new Reference(url, where, line, column));
    }

    /// <summary>The URLs of a srcset (HTML's "parse a srcset attribute": candidates split at commas, each a URL and optional descriptors, which may hold commas in parentheses).</summary>
    internal static IEnumerable<string> SrcSet(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && (char.IsWhiteSpace(value[i]) || value[i] == ',')) i++;
            if (i >= value.Length) yield break;
            var start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i])) i++;
            var url = value[start..i];
            // A URL that ends in commas ends the candidate there; otherwise descriptors follow up to a comma outside parentheses.
            var trimmed = url.TrimEnd(',');
            if (trimmed.Length < url.Length)
            {
                if (trimmed.Length > 0) yield return trimmed;
                continue;
            }
            yield return url;
            var depth = 0;
            for (; i < value.Length; i++)
            {
                if (value[i] == '(') depth++;
                else if (value[i] == ')' && depth > 0) depth--;
                else if (value[i] == ',' && depth == 0) break;
            }
        }
    }
}
