using System.Net;
using System.Text;
using Site.Localization;

namespace Site.Charts;

/// <summary>
/// A chart's Embed view: the HTML a host page pastes (<see cref="EmbedSnippet"/>), in a read-only
/// text area labelled for screen readers, with a copy button that charts.js reveals (without
/// JavaScript the text can still be selected and copied); a note when the site's address is unknown
/// (the snippet then names the embed by its path only); a link to the embed page; and the chart's
/// citation downloads (BibTeX, CSL-JSON, RIS; their text is on the embed page). The snippet is
/// HTML-encoded twice over: once as the markup it is, once as the text area's content.
/// </summary>
public static class ChartEmbedPanel
{
    public static void Append(StringBuilder html, ChartShareLinks share, string id, string title, string language)
    {
        var words = EmbedWords.For(language);
        var code = id + "-embed-code";
        var snippet = EmbedSnippet.Html(share.EmbedUrl(id), title);
        html.Append("<p class=\"embed-intro\">").Append(Encode(words.Intro)).Append("</p>\n");
        if (share.Origin is null) html.Append("<p class=\"embed-path-only\">").Append(Encode(words.PathOnly)).Append("</p>\n");
        html.Append("<label class=\"embed-label\" for=\"").Append(code).Append("\">").Append(Encode(words.CodeLabel)).Append("</label>\n");
        html.Append("<textarea class=\"embed-code\" id=\"").Append(code).Append("\" rows=\"5\" readonly spellcheck=\"false\" autocomplete=\"off\">")
            .Append(Encode(snippet)).Append("</textarea>\n");
        html.Append("<p class=\"embed-actions\"><button type=\"button\" class=\"embed-copy\" data-copy=\"").Append(code).Append("\" hidden>")
            .Append(Encode(words.Copy)).Append("</button> <span class=\"embed-copied\" role=\"status\" data-copied=\"").Append(Encode(words.Copied)).Append("\"></span></p>\n");
        html.Append("<p class=\"embed-open\"><a href=\"").Append(Encode(share.EmbedPath(id))).Append("\">").Append(Encode(words.Open)).Append("</a></p>\n");
        html.Append("<p class=\"embed-cite\">").Append(Encode(words.Cite))
            .Append(" <a href=\"").Append(Encode(share.CiteUrl(id, "bib"))).Append("\" download>BibTeX</a> · ")
            .Append("<a href=\"").Append(Encode(share.CiteUrl(id, "json"))).Append("\" download>CSL-JSON</a> · ")
            .Append("<a href=\"").Append(Encode(share.CiteUrl(id, "ris"))).Append("\" download>RIS</a></p>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
