namespace Site.Validation;

/// <summary>
/// Whether a page's body HTML stands in its rendered page where an HTML parser makes elements of it:
/// verbatim, after a layout prefix that leaves the tokenizer reading markup (not inside a tag, a
/// comment or the raw text of script, style, textarea, title and the like), and not where tree
/// construction drops or sets aside elements (template, select, frameset, plaintext, noscript).
/// Then the body's heading ids are ids of the page and it need not be parsed (see
/// <see cref="AnchorTargets"/>). The scan only ever answers "yes" when it is sure: anything it
/// does not follow (an unclosed comment or raw text element, CDATA, a script that opens a comment)
/// answers "no", and the caller parses the page with AngleSharp as before. It reads the layout's
/// prefix once, without building anything: an HTML parser over the whole page was the cost avoided.
/// </summary>
public static class BodyPlacement
{
    /// <summary>Elements whose text is not markup: the prefix may close them, never leave them open.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>Elements after which the body's elements may not be in the document (or not where they seem): any of them in the prefix means "not sure".</summary>
    private static readonly string[] Unsure = ["template", "select", "frameset", "plaintext", "noscript"];

    /// <summary>Elements that start foreign content (SVG, MathML).</summary>
    private static readonly string[] Foreign = ["svg", "math"];

    public static bool IsParsedAsElements(string html, string body)
    {
        // A comment that Markdown closed with its container (an unclosed "<!--" in a quote or a list
        // item) runs on in HTML over the headings after it; the body's own comments are not followed.
        if (body.Length == 0 || body.Contains("<!--", StringComparison.Ordinal)) return false;
        var at = html.IndexOf(body, StringComparison.Ordinal);
        return at >= 0 && EndsReadingMarkup(html.AsSpan(0, at));
    }

    /// <summary>True when the tokenizer is in its data state at the end of <paramref name="prefix"/>, outside every raw text element and unsure element.</summary>
    internal static bool EndsReadingMarkup(ReadOnlySpan<char> prefix)
    {
        var i = 0;
        // Open svg and math elements: in foreign content, style, title and the like are not raw text
        // (and an integration point there reads HTML again), so there those names end the scan unsure.
        var foreign = new List<bool>(); // open roots, innermost last: true for svg, false for math
        while (true)
        {
            var lt = prefix[i..].IndexOf('<');
            if (lt < 0) return foreign.Count == 0;
            i += lt;
            var rest = prefix[i..];
            if (rest.StartsWith("<!--"))
            {
                // "<!-->" and "<!--->" are whole (empty) comments too: the end is searched from "<!".
                var end = rest[2..].IndexOf("-->");
                if (end < 0) return false;
                i += 2 + end + 3;
            }
            else if (rest.StartsWith("<!") || rest.StartsWith("<?") || rest.StartsWith("</") && (rest.Length == 2 || !IsAsciiLetter(rest[2])))
            {
                // Doctype or bogus comment ("<?", "</" and no letter) up to the next '>'; CDATA (foreign content) is not followed.
                if (rest.StartsWith("<![CDATA[")) return false;
                var end = rest.IndexOf('>');
                if (end < 0) return false;
                i += end + 1;
            }
            else if (rest.Length > 1 && (IsAsciiLetter(rest[1]) || rest[1] == '/' && rest.Length > 2 && IsAsciiLetter(rest[2])))
            {
                var closing = rest[1] == '/';
                var nameStart = closing ? 2 : 1;
                var nameLength = NameLength(rest[nameStart..]);
                var name = rest.Slice(nameStart, nameLength);
                var tagEnd = TagEnd(rest[(nameStart + nameLength)..], out var selfClosing);
                if (tagEnd < 0) return false;
                i += nameStart + nameLength + tagEnd + 1;
                if (IsOneOf(name, Foreign))
                {
                    var svg = name.Equals("svg", StringComparison.OrdinalIgnoreCase);
                    // An end tag closes the innermost open root of its name and all within it; with none open, it is ignored.
                    if (closing && foreign.LastIndexOf(svg) is var open and >= 0) foreign.RemoveRange(open, foreign.Count - open);
                    else if (!closing && !selfClosing) foreign.Add(svg);
                    continue;
                }
                if (closing) continue;
                if (IsOneOf(name, Unsure) || foreign.Count > 0 && IsOneOf(name, RawText)) return false;
                if (IsOneOf(name, RawText))
                {
                    var text = prefix[i..];
                    var close = EndTag(text, name);
                    // A script that opens a comment can hide its own end tag (script data escaped states).
                    if (close < 0 || name.Equals("script", StringComparison.OrdinalIgnoreCase) && text[..close].Contains("<!--", StringComparison.Ordinal)) return false;
                    i += close;
                }
            }
            else
            {
                // A '<' that starts no tag ("a < b") is text.
                i++;
            }
        }
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsTagNameEnd(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>';

    private static int NameLength(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && !IsTagNameEnd(text[n])) n++;
        return n;
    }

    private enum AttributeState { BeforeName, Name, AfterName, BeforeValue, Unquoted }

    /// <summary>
    /// The index of the '>' that ends a tag's attributes, or -1, following the tokenizer's attribute
    /// states: a quote opens a value only where a value starts, and a '/' marks the tag self-closing
    /// only outside a value.
    /// </summary>
    private static int TagEnd(ReadOnlySpan<char> attributes, out bool selfClosing)
    {
        var state = AttributeState.BeforeName;
        selfClosing = false;
        for (var i = 0; i < attributes.Length; i++)
        {
            var c = attributes[i];
            var space = c is ' ' or '\t' or '\n' or '\f' or '\r';
            if (c == '>')
            {
                // "<svg/>" and "<svg a='b' />" close themselves; in "<svg a=b/>" the '/' ends an unquoted value.
                selfClosing = i > 0 && attributes[i - 1] == '/' && state == AttributeState.BeforeName;
                return i;
            }
            switch (state)
            {
                case AttributeState.BeforeValue when space:
                    break;
                case AttributeState.BeforeValue when c is '"' or '\'':
                    var close = attributes[(i + 1)..].IndexOf(c);
                    if (close < 0) return -1;
                    i += close + 1;
                    state = AttributeState.BeforeName;
                    break;
                case AttributeState.BeforeValue:
                case AttributeState.Unquoted when !space:
                    state = AttributeState.Unquoted;
                    break;
                case AttributeState.Unquoted:
                    state = AttributeState.BeforeName;
                    break;
                case AttributeState.Name or AttributeState.AfterName when c == '=':
                    state = AttributeState.BeforeValue;
                    break;
                case AttributeState.Name when space:
                    state = AttributeState.AfterName;
                    break;
                case AttributeState.Name or AttributeState.AfterName or AttributeState.BeforeName when c == '/':
                    state = AttributeState.BeforeName;
                    break;
                case AttributeState.BeforeName or AttributeState.AfterName when space:
                    break;
                default:
                    // Any other character starts or continues a name, '=' too when it comes first.
                    state = AttributeState.Name;
                    break;
            }
        }
        return -1;
    }

    /// <summary>Where the end tag of raw text element <paramref name="name"/> starts in <paramref name="text"/>, or -1.</summary>
    private static int EndTag(ReadOnlySpan<char> text, ReadOnlySpan<char> name)
    {
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOf("</", StringComparison.Ordinal);
            if (at < 0) return -1;
            at += from;
            var after = at + 2 + name.Length;
            if (after < text.Length && text.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && IsTagNameEnd(text[after])) return at;
            from = at + 2;
        }
    }

    private static bool IsOneOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var candidate in names)
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
