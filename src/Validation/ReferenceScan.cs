namespace Site.Validation;

/// <summary>
/// The references of a rendered page found by a quick scan from tag to tag (IndexOf, no state machine
/// per character), for the markup our templates and Markdown write. On the explainer's 50 pages
/// (626 KB), AngleSharp's tokenizer took 14 ms at best and this scan 2.7 ms: at 1,000 pages the
/// difference is a fifth of a second of CPU, spent on markup that is nearly always plain. Like <see cref="BodyPlacement"/>, it answers only
/// when sure: anything it does not follow exactly as the HTML5 tokenizer does (in SVG or MathML, an
/// element that may lead back to HTML or a raw text element's name; CDATA,
/// a carriage return or NUL, a comment ended by "--!&gt;", "&lt;!--" in a script, a quote in an end
/// tag, odd characters in names or unquoted values, a character reference other than the five XML
/// ones and numeric ones) gives null, and the page is read by AngleSharp's tokenizer instead
/// (<see cref="PageReferences.Tokenized"/>). <c>tests/ReferenceScanTests.cs</c> checks both give the
/// same references on every page of the real site and on thousands of random variations of them.
/// </summary>
public static class ReferenceScan
{
    /// <summary>Elements whose text is raw (not markup) up to their end tag.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>
    /// In SVG or MathML, elements after which the tokenizer may read HTML again (integration points), or
    /// that end foreign content (HTML's breakout tags): inside svg or math the scan is unsure of them.
    /// </summary>
    private static readonly HashSet<string> LeavesForeign = new(StringComparer.Ordinal)
    {
        "foreignobject", "desc", "title", "annotation-xml", "mi", "mo", "mn", "ms", "mtext",
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
        "sub", "sup", "table", "tt", "u", "ul", "var", "font",
    };

    public static List<Reference>? TryScan(string html)
    {
        if (html.AsSpan().IndexOfAny('\r', '\0') >= 0) return null;
        var foreign = 0; // open svg and math elements
        var found = new List<Reference>();
        var lines = new LineCounter(html);
        var names = new List<string>();
        var i = 0;
        while (true)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) return found;
            var next = html[lt + 1];
            if (next == '!')
            {
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
                {
                    // "<!-->" and "<!--->" are whole (empty) comments: the end is searched from "<!".
                    var end = html.IndexOf("-->", lt + 2, StringComparison.Ordinal);
                    if (end < 0) return null;
                    if (html.AsSpan(lt + 2, end - lt - 2).Contains("--!>", StringComparison.Ordinal)) return null;
                    i = end + 3;
                    continue;
                }
                if (string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0) return null;
                var close = html.IndexOf('>', lt);
                if (close < 0) return null;
                i = close + 1;
                continue;
            }
            if (next == '?')
            {
                var close = html.IndexOf('>', lt);
                if (close < 0) return null;
                i = close + 1;
                continue;
            }
            if (next == '/')
            {
                if (lt + 2 >= html.Length) return null;
                if (!char.IsAsciiLetter(html[lt + 2]) && html[lt + 2] != '>') return null; // a bogus comment
                var close = html.IndexOf('>', lt);
                if (close < 0 || html.AsSpan(lt, close - lt).IndexOfAny('"', '\'') >= 0) return null;
                var endName = html.AsSpan(lt + 2, close - lt - 2);
                if (endName.IndexOfAny(" \n\t\f/") is var stop and >= 0) endName = endName[..stop];
                if (foreign > 0 && (endName.Equals("svg", StringComparison.OrdinalIgnoreCase) || endName.Equals("math", StringComparison.OrdinalIgnoreCase))) foreign--;
                i = close + 1;
                continue;
            }
            if (!char.IsAsciiLetter(next))
            {
                i = lt + 1; // text
                continue;
            }

            // A start tag: its name, then its attributes.
            var at = lt + 1;
            var nameEnd = html.AsSpan(at).IndexOfAny(TagNameEnd);
            if (nameEnd < 0) return null;
            at += nameEnd;
            var tagSpan = html.AsSpan(lt + 1, at - lt - 1);
            if (!IsSimpleName(tagSpan)) return null;
            // Element names the theme and Markdown write come from a table, not a new string per tag.
            var tagName = Tags.TryGetValue(tagSpan, out var known) ? known : tagSpan.ToString().ToLowerInvariant();
            names.Clear();
            var selfClosing = false;
            while (true)
            {
                var slash = false;
                while (at < html.Length && (IsSpace(html[at]) || html[at] == '/')) slash = html[at++] == '/';
                if (at >= html.Length) return null;
                if (html[at] == '>') { selfClosing = slash; at++; break; }
                var nameStart = at;
                var attributeEnd = html.AsSpan(at).IndexOfAny(AttributeNameEnd);
                if (attributeEnd < 0) return null;
                at += attributeEnd;
                var nameSpan = html.AsSpan(nameStart, at - nameStart);
                if (nameSpan.Length == 0 || !IsSimpleName(nameSpan)) return null;
                while (at < html.Length && IsSpace(html[at])) at++;
                int valueStart = at, valueEnd = at; // no value: ""
                if (at < html.Length && html[at] == '=')
                {
                    at++;
                    while (at < html.Length && IsSpace(html[at])) at++;
                    if (at >= html.Length) return null;
                    if (html[at] is '"' or '\'')
                    {
                        var end = html.IndexOf(html[at], at + 1);
                        if (end < 0) return null;
                        (valueStart, valueEnd) = (at + 1, end);
                        at = end + 1;
                        // After a quoted value, HTML expects a space, '/' or '>'; anything else is a case the scan leaves alone.
                        if (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>')) return null;
                    }
                    else
                    {
                        var unquotedEnd = html.AsSpan(at).IndexOfAny(UnquotedEnd);
                        if (unquotedEnd < 0) return null;
                        (valueStart, valueEnd) = (at, at + unquotedEnd);
                        at += unquotedEnd;
                        if (html[at] is not (' ' or '\n' or '\t' or '\f' or '>')) return null; // a quote, '<', '=' or '`' in an unquoted value
                    }
                }
                // Only the attributes that may hold a URL are read; of two with one name, the tokenizer keeps the first.
                if (ReferenceAttribute(nameSpan) is { } name && !names.Contains(name))
                {
                    names.Add(name);
                    // Character references never move a tag's boundaries: only the values read are decoded.
                    var value = html[valueStart..valueEnd];
                    if (value.Contains('&'))
                    {
                        if (Decoded(value) is not { } decoded) return null;
                        value = decoded;
                    }
                    var (line, column) = lines.At(lt);
                    PageReferences.Add(tagName, name, value, line, column, found);
                }
            }
            i = at;

            if (foreign > 0)
            {
                if (LeavesForeign.Contains(tagName) || Array.IndexOf(RawText, tagName) >= 0) return null;
                if (tagName is "svg" or "math" && !selfClosing) foreign++;
                continue;
            }
            if (tagName is "svg" or "math")
            {
                if (!selfClosing) foreign++;
                continue;
            }
            if (Array.IndexOf(RawText, tagName) < 0)
            {
                if (tagName == "plaintext") return null;
                continue;
            }
            // Raw text up to the end tag of the same name ("</script" then a space, '/' or '>').
            var textEnd = EndTag(html, tagName, at);
            if (textEnd < 0) return null;
            if (tagName == "script" && html.AsSpan(at, textEnd - at).Contains("<!--", StringComparison.Ordinal)) return null;
            if (tagName == "style")
            {
                var (line, column) = lines.At(lt);
                foreach (var url in CssReferences.Collect(html[at..textEnd])) found.Add(new Reference(url.Url, "<style> url()", line, column));
            }
            i = textEnd;
        }
    }

    private static readonly System.Buffers.SearchValues<char> TagNameEnd = System.Buffers.SearchValues.Create(" \n\t\f/>");
    private static readonly System.Buffers.SearchValues<char> AttributeNameEnd = System.Buffers.SearchValues.Create(" \n\t\f/>=");
    private static readonly System.Buffers.SearchValues<char> UnquotedEnd = System.Buffers.SearchValues.Create(" \n\t\f>\"'<=`");
    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:.");

    private static readonly string[] ReferenceAttributes = ["href", "src", "srcset", "style", "poster", "data"];

    /// <summary>The attribute's name in lower case when it may hold a URL, else null.</summary>
    private static string? ReferenceAttribute(ReadOnlySpan<char> name)
    {
        foreach (var attribute in ReferenceAttributes)
            if (name.Equals(attribute, StringComparison.OrdinalIgnoreCase)) return attribute;
        return null;
    }

    /// <summary>HTML's element names (and SVG's common ones), in lower case, found by any case of them.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tags =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br", "button",
            "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl",
            "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
            "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark",
            "menu", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "picture", "pre", "progress",
            "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strong",
            "style", "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr",
            "track", "u", "ul", "var", "video", "wbr", "svg", "math", "path", "rect", "circle", "line", "g", "polygon", "polyline", "use",
        ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the end tag "&lt;/name" (any case, then a space, '/' or '&gt;') starts, or -1.</summary>
    private static int EndTag(string html, string name, int from)
    {
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
        {
            var after = at + 2 + name.Length;
            if (after < html.Length && string.Compare(html, at + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (IsSpace(html[after]) || html[after] is '/' or '>'))
                return at;
        }
        return -1;
    }

    /// <summary>
    /// An attribute value with its character references decoded, when they are all ones the scan is sure
    /// of: &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos; and numeric ones naming a character HTML does not
    /// remap (not NUL, C1 controls, surrogates). Null otherwise.
    /// </summary>
    internal static string? Decoded(string value)
    {
        var text = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '&') { text.Append(value[i]); continue; }
            var semicolon = value.IndexOf(';', i + 1);
            if (semicolon < 0) return null;
            var reference = value.AsSpan(i + 1, semicolon - i - 1);
            switch (reference)
            {
                case "amp": text.Append('&'); break;
                case "lt": text.Append('<'); break;
                case "gt": text.Append('>'); break;
                case "quot": text.Append('"'); break;
                case "apos": text.Append('\''); break;
                default:
                    if (reference.Length < 2 || reference[0] != '#') return null;
                    var hex = reference[1] is 'x' or 'X';
                    var digits = reference[(hex ? 2 : 1)..];
                    if (digits.Length is 0 or > 6) return null;
                    foreach (var d in digits) if (!(hex ? char.IsAsciiHexDigit(d) : char.IsAsciiDigit(d))) return null;
                    var code = int.Parse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
                    if (code is 0 or (>= 0x80 and <= 0x9F) or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF) return null;
                    text.Append(char.ConvertFromUtf32(code));
                    break;
            }
            i = semicolon;
        }
        return text.ToString();
    }

    /// <summary>Names of tags and attributes the scan reads as the tokenizer does: ASCII letters, digits, '-', '_', ':' and '.'.</summary>
    private static bool IsSimpleName(ReadOnlySpan<char> name) => name.IndexOfAnyExcept(NameChars) < 0;

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f';

    /// <summary>Line and column of positions met in increasing order, counted once.</summary>
    private sealed class LineCounter(string text)
    {
        private int _index;
        private int _line = 1;
        private int _lineStart;

        public (int Line, int Column) At(int index)
        {
            var span = text.AsSpan(_index, index - _index);
            var newlines = span.Count('\n');
            if (newlines > 0)
            {
                _line += newlines;
                _lineStart = _index + span.LastIndexOf('\n') + 1;
            }
            _index = index;
            return (_line, index - _lineStart + 1);
        }
    }
}
