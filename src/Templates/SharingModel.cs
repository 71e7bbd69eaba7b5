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
        if (entry.CardPath is not null)
            page["card"] = Frozen(new ScriptObject { ["url"] = BasePath.Apply(basePath, "/" + entry.CardPath), ["width"] = SocialCard.Width, ["height"] = SocialCard.Height, ["alt"] = cardAlt });
        page["cite"] = Frozen(new ScriptObject
        {
            ["text"] = PageCitations.Text(entry.Citation),
            ["bib"] = BasePath.Apply(basePath, "/" + entry.CitationStem + ".bib"),
            ["json"] = BasePath.Apply(basePath, "/" + entry.CitationStem + ".json"),
            ["ris"] = BasePath.Apply(basePath, "/" + entry.CitationStem + ".ris"),
        });
    }

    private static ScriptObject Frozen(ScriptObject value)
    {
        value.IsReadOnly = true;
        return value;
    }
}
