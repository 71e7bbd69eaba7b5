using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Diagnostics;

namespace Site.Markdown;

/// <summary>
/// What a page may write besides Markdown. Raw HTML is an allowed list of inline tags without
/// attributes (&lt;sup&gt;, &lt;abbr&gt;, &lt;br&gt;…) and comments; attributes written with
/// <c>{…}</c> may set an id and classes only. Anything else (a &lt;script&gt;, an &lt;iframe&gt;, an
/// <c>onclick</c>, a <c>style</c>) is a located error, never silently dropped or passed through:
/// pages run under a strict Content-Security-Policy, and text from a page must never run as code.
/// </summary>
public static partial class RawHtmlPolicy
{
    public static readonly DiagnosticCode Code = Codes.PAGE014;

    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.Ordinal)
    {
        "abbr", "b", "br", "cite", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "small", "strong", "sub", "sup", "u", "var", "wbr",
    };

    /// <summary>
    /// The spans our own template functions write into a body before Markdown is parsed (a figure
    /// with its table, row and column; a spoken currency); an author may write them too, harmlessly.
    /// </summary>
    private static readonly IReadOnlySet<string> SpanAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "class", "aria-hidden", "data-table", "data-row", "data-column",
    };

    [GeneratedRegex(@"^<(/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*=""[^""<>]*"")*)\s*/?>$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+([a-z][a-z-]*)=""[^""<>]*""")]
    private static partial Regex AttributeName();

    private static bool IsAllowed(string tag)
    {
        var match = Tag().Match(tag);
        if (!match.Success) return false;
        var name = match.Groups[2].Value;
        var attributes = AttributeName().Matches(match.Groups[3].Value).Select(m => m.Groups[1].Value).ToList();
        if (attributes.Count == 0) return AllowedTags.Contains(name) || name == "span";
        return name == "span" && match.Groups[1].Value.Length == 0 && attributes.All(SpanAttributes.Contains);
    }

    /// <summary>Reports the node if it breaks the policy.</summary>
    public static void Check(MarkdownObject node, SourceFile file, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case HtmlInline html when html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                break;
            case HtmlInline html:
                if (!IsAllowed(html.Tag))
                    diagnostics.Report(file.At(html.Line + 1, html.Column + 1), Code, $"raw HTML '{Shorten(html.Tag)}' is not allowed; {Allowed}");
                break;
            case HtmlBlock block when block.Type == HtmlBlockType.Comment:
                break;
            case HtmlBlock block:
                diagnostics.Report(file.At(block.Line + 1, block.Column + 1), Code, $"raw HTML '{Shorten(block.Lines.ToString())}' is not allowed; write Markdown, or {Allowed}");
                break;
        }
        if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
        {
            var (name, _) = properties[0];
            diagnostics.Report(file.At(node.Line + 1, node.Column + 1), Code, $"attribute '{name}' is not allowed; '{{…}}' may set an id (#name) and classes (.name) only");
        }
    }

    private static string Allowed => "inline tags without attributes are: " + string.Join(", ", AllowedTags.Order(StringComparer.Ordinal).Select(t => $"<{t}>"));

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length <= 40 ? line : line[..40] + "…";
    }
}
