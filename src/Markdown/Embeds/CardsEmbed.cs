using System.Net;
using System.Text;
using Site.Content;
using Site.Diagnostics;
using Site.Yaml;

namespace Site.Markdown.Embeds;

/// <summary>
/// ```cards``` blocks: links to other pages as cards with their title and summary, e.g. the three
/// pillars on the home page. Pages are named by source path, and checked like links.
/// <code>
/// pages: [pillars/compute.md, pillars/talent.md]
/// </code>
/// </summary>
public sealed class CardsEmbed : IEmbed
{
    private static readonly DiagnosticCode Code = Codes.PAGE013;

    public string Name => "cards";

    public string? Render(YMap spec, EmbedContext context)
    {
        var fields = new YamlFields(spec, Code, context.Diagnostics, context.FallbackLanguage);
        fields.RejectUnknownKeys("a cards block", "pages");
        var items = fields.List("pages", required: true);
        if (items is null) return null;

        var html = new StringBuilder("<ul class=\"cards\">\n");
        var failed = false;
        foreach (var item in items)
        {
            var page = item is YScalar path ? context.ResolvePage(path.Value, item.Location) : null;
            if (item is not YScalar) context.Diagnostics.Report(item.Location, Code, $"a card names a page by its source path (e.g. pillars/compute.md), not {item.Describe()}");
            if (page is null)
            {
                failed = true;
                continue;
            }
            html.Append("<li class=\"card\">\n<h3><a href=\"").Append(WebUtility.HtmlEncode(BasePath.Apply(context.BasePath, page.Url))).Append("\">")
                .Append(WebUtility.HtmlEncode(page.Meta.Title)).Append("</a></h3>\n");
            var summary = page.Meta.Summary ?? page.Meta.Description;
            if (summary is not null) html.Append("<p>").Append(WebUtility.HtmlEncode(summary)).Append("</p>\n");
            html.Append("</li>\n");
        }
        return failed ? null : html.Append("</ul>\n").ToString();
    }
}
