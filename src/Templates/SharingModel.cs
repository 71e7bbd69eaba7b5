using Scriban.Runtime;
using Site.Content;
using Site.Sharing;

namespace Site.Templates;

/// <summary>
/// What layouts read to share and cite a page: <c>page.card</c> (url, width, height, alt: the social
/// card, or null when the theme draws none) and <c>page.cite</c> (text: the ready citation in the
/// page's language; bib, json, ris: the downloads' URLs), or null on a 404 page.
/// </summary>
public static class SharingModel
{
    public static void Add(ScriptObject page, SiteSharing.Entry? entry, string basePath, string cardAlt)
    {
        page["card"] = null;
        page["cite"] = null;
        if (entry is null) return;
        if (entry.CardPath is not null) page["card"] = Card(basePath, entry.CardPath, cardAlt);
        page["cite"] = Cite(basePath, entry.Citation, entry.CitationStem);
    }

    /// <summary>A social card as layouts read it (<c>url</c>, <c>width</c>, <c>height</c>, <c>alt</c>), a page's or a chart's.</summary>
    public static FrozenObject Card(string basePath, string cardPath, string alt) =>
        new(CardShape, BasePath.Apply(basePath, "/" + cardPath), CardWidth, CardHeight, alt);

    /// <summary>A citation as layouts read it: <c>text</c>, and <c>bib</c>, <c>json</c>, <c>ris</c> (the downloads' URLs), a page's or a chart's.</summary>
    public static FrozenObject Cite(string basePath, Citation citation, string stem) =>
        new(CiteShape, PageCitations.Text(citation), BasePath.Apply(basePath, "/" + stem + ".bib"),
            BasePath.Apply(basePath, "/" + stem + ".json"), BasePath.Apply(basePath, "/" + stem + ".ris"));

    private static readonly FrozenObject.Shape CardShape = new("url", "width", "height", "alt");
    private static readonly FrozenObject.Shape CiteShape = new("text", "bib", "json", "ris");
    private static readonly object CardWidth = SocialCard.Width, CardHeight = SocialCard.Height;
}
