using Site.Markdown;
using Site.Tracking;

namespace Site.Validation;

/// <summary>
/// The ids a plain build must know of a rendered page: only whether the <c>#fragment</c>s that links
/// name are there. Reading every page's ids with an HTML parser was a third of a 1,000-page build's
/// CPU, yet nearly every fragment names a heading of the target page's own Markdown, whose id the
/// body's HTML already carries. So a page nobody links into with a fragment is not parsed at all, and
/// a page whose named fragments are all ids of its headings is not parsed when its body (holding no
/// HTML comment) stands in the rendered page verbatim, where an HTML parser would make elements of it (see
/// <see cref="BodyPlacement"/>). Any other page is parsed whole (<see cref="HtmlIds.Collect"/>), so a
/// broken anchor is reported, with its suggestion, exactly as before. The preview keeps every page's
/// ids instead (an edit may add a link to any page), so it does not use this.
/// </summary>
public sealed class AnchorTargets
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();
    private readonly Dictionary<string, HashSet<string>> _fragmentsByUrl = new(StringComparer.Ordinal);

    public AnchorTargets(IEnumerable<AnchorCheck> checks)
    {
        foreach (var check in checks)
        {
            if (!_fragmentsByUrl.TryGetValue(check.TargetUrl, out var fragments))
                _fragmentsByUrl[check.TargetUrl] = fragments = new HashSet<string>(StringComparer.Ordinal);
            fragments.Add(check.Fragment);
        }
    }

    /// <summary>The ids of the page at <paramref name="url"/> that the anchor check needs: a subset of its ids that holds every named fragment it has.</summary>
    public IReadOnlySet<string> IdsOf(string url, MarkdownResult body, string html)
    {
        if (!_fragmentsByUrl.TryGetValue(url, out var fragments)) return None;
        if (HeadingIds(body, fragments) is { } headings && BodyPlacement.IsParsedAsElements(html, body.Html)) return headings;
        return HtmlIds.Collect(html);
    }

    /// <summary>The ids of the body's headings when they include every fragment; null when one is something else (a footnote, a figure, the theme's).</summary>
    private static HashSet<string>? HeadingIds(MarkdownResult body, HashSet<string> fragments)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in body.Headings) ids.Add(heading.Id);
        return fragments.IsSubsetOf(ids) ? ids : null;
    }
}
