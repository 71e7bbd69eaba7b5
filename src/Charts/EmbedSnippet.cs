namespace Site.Charts;

/// <summary>
/// The HTML a host page pastes to show one chart: an <c>&lt;iframe&gt;</c> of the chart's embed page
/// and, once per host page, a few lines of script that fit each such frame to its content's height.
/// The embed page posts <c>{"type":"explainer-embed:height","height":N,"id":…}</c> to its parent
/// (theme/assets/js/embed.js); the host script accepts it only from the window of an iframe marked
/// <c>data-explainer-embed</c> (<c>event.source</c> is that frame's <c>contentWindow</c>) whose
/// <c>src</c> has the message's origin, so no other frame or window can resize anything.
/// The same snippet is shown in a chart's Embed panel and carried by its oEmbed JSON.
/// </summary>
public static class EmbedSnippet
{
    /// <summary>The message type the embed page posts; namespaced so a host's other messages are never mistaken for it.</summary>
    public const string MessageType = "explainer-embed:height";

    /// <summary>The frame's height before the embed page has said its own (about a chart with its title, summary and source line).</summary>
    public const int DefaultHeight = 560;

    /// <summary>The host-side script: a listener registered once per host page however many embeds it holds.</summary>
    public const string HostScript =
        "<script>(function(){if(window.explainerEmbeds)return;window.explainerEmbeds=1;" +
        "window.addEventListener(\"message\",function(e){var d=e.data;" +
        "if(!d||d.type!==\"" + MessageType + "\"||typeof d.height!==\"number\"||!(d.height>0))return;" +
        "var f=document.querySelectorAll(\"iframe[data-explainer-embed]\");" +
        "for(var i=0;i<f.length;i++){if(f[i].contentWindow===e.source&&new URL(f[i].src,location.href).origin===e.origin)" +
        "f[i].style.height=Math.min(Math.ceil(d.height),20000)+\"px\";}});})();</script>";

    /// <param name="url">The embed page's address (absolute when the site's origin is known).</param>
    /// <param name="title">The chart's title: the frame's accessible name.</param>
    public static string Html(string url, string title, int height = DefaultHeight) =>
        $"<iframe src=\"{Attribute(url)}\" title=\"{Attribute(title)}\" width=\"100%\" height=\"{height}\" " +
        "style=\"border:0;width:100%;max-width:100%\" loading=\"lazy\" data-explainer-embed></iframe>\n" + HostScript;

    /// <summary>An attribute value's markup characters as references, every other character as itself (a snippet people read).</summary>
    public static string Attribute(string value) =>
        value.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("'", "&#39;").Replace("<", "&lt;").Replace(">", "&gt;");
}
