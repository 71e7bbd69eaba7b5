using Scriban.Runtime;
using Site.Content;
using Site.Tracking;
using Site.Sharing;
using Site.Localization;

namespace Site.Templates;

/// <summary>
/// What the theme reads for chart embeds (src/Sharing/ChartEmbeds.cs):
/// <list type="bullet">
/// <item>on every page, <c>page.embeds</c>: each of its charts' <c>id</c>, <c>title</c> and <c>oembed</c>
/// (the absolute URL of its oEmbed JSON), for the discovery links in the head; empty without the site's address;</item>
/// <item>on an embed page (<c>layouts/embed.sbn-html</c>, rendered alone), <c>page</c>: the chart's
/// <c>id</c>, <c>title</c>, <c>summary</c>, <c>chart</c> (its figure's HTML), <c>url</c>, <c>permalink</c>,
/// <c>oembed</c>, <c>back_url</c> and <c>page_title</c> (the chart in its page), <c>charts</c> (1),
/// <c>cite</c> (text, bib, json, ris) and <c>card</c> (its own social card, or null).</item>
/// </list>
/// </summary>
public static class EmbedModel
{
    /// <summary>Sets <c>page.embeds</c> on every page model (between the bodies and the layouts, while the models are open).</summary>
    public static void AddDiscovery(IReadOnlyList<ScriptObject> pageModels, ChartEmbeds embeds)
    {
        var byPage = embeds.All.Where(e => e.OEmbedUrl is not null).ToLookup(e => e.PageIndex);
        for (var i = 0; i < pageModels.Count; i++)
            pageModels[i]["embeds"] = new ScriptArray(byPage[i].Select(e => new FrozenObject(DiscoveryShape, e.Chart.Id, e.Chart.Title, e.OEmbedUrl)));
    }

    /// <summary>Renders one embed page with its language's renderer (site, t, asset and lang as on every page).</summary>
    public static Func<ChartEmbeds.Embed, PageScope, string?> Renderer(IReadOnlyDictionary<string, TemplateRenderer> renderers, string basePath) =>
        (embed, scope) => renderers[embed.Page.Language].RenderAlone(ChartEmbeds.Layout, Page(embed, basePath), scope);

    public static ScriptObject Page(ChartEmbeds.Embed embed, string basePath)
    {
        var page = new ScriptObject
        {
            ["id"] = embed.Chart.Id,
            ["title"] = embed.Chart.Title,
            ["summary"] = embed.Chart.Summary,
            ["chart"] = embed.Chart.FigureHtml,
            ["charts"] = 1,
            ["url"] = embed.Url,
            ["permalink"] = embed.Permalink,
            ["oembed"] = embed.OEmbedUrl,
            ["back_url"] = embed.BackUrl,
            ["page_title"] = embed.Page.Meta.Title,
            ["cite"] = SharingModel.Cite(basePath, embed.Citation, embed.CiteStem),
            ["card"] = embed.CardPath is null ? null
                : SharingModel.Card(basePath, embed.CardPath, string.Format(SharingWords.For(embed.Page.Language).CardAlt, embed.Chart.Title)),
        };
        return ReadOnly(page);
    }

    private static readonly FrozenObject.Shape DiscoveryShape = new("id", "title", "oembed");

    private static ScriptObject ReadOnly(ScriptObject value)
    {
        value.IsReadOnly = true;
        return value;
    }
}
