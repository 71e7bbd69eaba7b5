using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Markdown;

/// <summary>
/// Markdown footnotes as side notes: each reference is followed by its note's text in a
/// <c>span.sidenote</c>, which the theme floats into the margin on wide screens and sets in the text
/// on phones. Markdig's numbered list at the end of the page is still written (the theme shows it
/// on paper, where the side notes are hidden), so a page reads whole in every medium.
/// </summary>
public sealed class SidenoteRenderer : HtmlObjectRenderer<FootnoteLink>
{
    private bool _writingNote;

    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink)
        {
            // Inside a side note the reader is already beside the reference: no way back is needed.
            if (!_writingNote) renderer.Write("<a href=\"#fnref:").Write(link.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\" class=\"footnote-back-ref\">&#8617;</a>");
            return;
        }
        var order = link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var index = link.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write("<a id=\"fnref:").Write(index).Write("\" href=\"#sidenote-").Write(index).Write("\" class=\"footnote-ref\"><sup>").Write(order).Write("</sup></a>");
        renderer.Write("<span class=\"sidenote\" id=\"sidenote-").Write(index).Write("\" role=\"note\"><span class=\"sidenote-number\">").Write(order).Write("</span> ");
        _writingNote = true;
        var first = true;
        foreach (var block in link.Footnote)
        {
            // A side note sits inside a paragraph, so only the inline text of its paragraphs fits in it.
            if (block is not ParagraphBlock { Inline: { } inline }) continue;
            if (!first) renderer.Write(' ');
            renderer.WriteChildren(inline);
            first = false;
        }
        _writingNote = false;
        renderer.Write("</span>");
    }
}
