using AngleSharp.Html.Parser;

namespace Site.Validation;

/// <summary>
/// The ids of a rendered page's elements (headings, footnotes, figures, template ids), read from the
/// document as an HTML5 parser builds it, so text that only looks like an attribute (in a script, a
/// comment or escaped prose) is not an id. Called once per rendered page; cached with the page.
/// </summary>
public static class HtmlIds
{
    private static readonly HtmlParser Parser = new();

    public static HashSet<string> Collect(string html)
    {
        using var document = Parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
            if (element.Id is { Length: > 0 } id) ids.Add(id);
        return ids;
    }
}
