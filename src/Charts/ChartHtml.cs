using System.Net;
using System.Text;
using Site.Data;
using Site.Localization;
using Site.Formats;

namespace Site.Charts;

/// <summary>
/// The markup of one chart, built to work at every level. In reading order: the title and subtitle
/// (the editor's, else the table's title), the views (Chart | Table | Download), then under them,
/// once, the summary line, the source line and the table's caveats, and the caption. The summary is
/// also the drawn chart's text alternative: charts.js names the plot's SVG by the title and describes
/// it by the summary (plotly itself gives its SVG no accessible name). Without JavaScript (or on
/// paper) the table shows instead of the tab list and chart panel; with it, the page is laid out with
/// WAI-ARIA tabs from the first paint, and charts.js draws the chart when it nears the viewport.
/// </summary>
public static class ChartHtml
{
    /// <param name="standalone">The chart is its page's only content (an embed page): its title is the page's h1.</param>
    /// <param name="share">Where the page's charts are embedded and cited from: with it, a fourth view, Embed (<see cref="ChartEmbedPanel"/>); without it (an embed page's own copy of the chart, a test), three.</param>
    public static string Write(ChartSpec spec, ChartData data, string figureJson, string id, string language, string dataUrl, Site.Diagnostics.DiagnosticBag? diagnostics = null,
        ChartShareLinks? share = null, bool standalone = false)
    {
        var words = ChartWords.For(language);
        var summary = ChartSummary.Write(spec, data, language, diagnostics);
        var html = new StringBuilder(4096);
        html.Append("<figure class=\"chart\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-title\" aria-describedby=\"")
            .Append(id).Append("-summary\" data-chart>\n");
        var titleTag = standalone ? "h1" : "p";
        html.Append('<').Append(titleTag).Append(" class=\"chart-title\" id=\"").Append(id).Append("-title\">").Append(Encode(spec.Title)).Append("</").Append(titleTag).Append(">\n");
        if (spec.Subtitle is not null) html.Append("<p class=\"chart-subtitle\">").Append(Encode(spec.Subtitle)).Append("</p>\n");

        string[] tabs = share is null ? ["chart", "table", "download"] : ["chart", "table", "download", "embed"];
        string[] names = share is null ? [words.ChartTab, words.TableTab, words.DownloadTab] : [words.ChartTab, words.TableTab, words.DownloadTab, EmbedWords.For(language).Tab];
        html.Append("<div class=\"chart-tabs\" role=\"tablist\" aria-label=\"").Append(Encode(words.Views)).Append("\">\n");
        for (var i = 0; i < tabs.Length; i++)
        {
            html.Append("<button type=\"button\" role=\"tab\" id=\"").Append(id).Append("-tab-").Append(tabs[i])
                .Append("\" aria-controls=\"").Append(id).Append('-').Append(tabs[i])
                .Append("\" aria-selected=\"").Append(i == 0 ? "true" : "false").Append('"')
                .Append(i == 0 ? "" : " tabindex=\"-1\"").Append('>').Append(Encode(names[i])).Append("</button>\n");
        }
        html.Append("</div>\n");

        Panel(html, id, "chart");
        var horizontal = spec.Type is ChartType.HorizontalBar or ChartType.Range;
        // Horizontal charts give each category room for its label's lines (a value and a wrapped note).
        var lines = FigureBuilder.LabelLines(data, language);
        html.Append("<div class=\"chart-plot\" data-categories=\"").Append(data.Categories.Count).Append('"')
            .Append(lines > 1 ? $" data-lines=\"{lines}\"" : "").Append(horizontal ? " data-orientation=\"h\"" : "").Append(">\n");
        // Faint gridlines in the plot's final size until plotly has drawn (no blank box, no layout
        // shift); no words: the title and summary stand above and below the plot already.
        html.Append("<div class=\"chart-placeholder\" aria-hidden=\"true\"></div>\n</div>\n");
        html.Append("<script type=\"application/json\" class=\"chart-figure\">").Append(figureJson).Append("</script>\n");
        html.Append("<noscript><p>").Append(Encode(words.NoScript)).Append("</p></noscript>\n");
        // Bounds and ranges are told apart by a key of their marks, shown with the chart.
        ChartKey.Append(html, spec, data, language);
        html.Append("</div>\n");

        Panel(html, id, "table");
        // A scatter's points are named by the table's key (x is a number column), so the key heads each row.
        var named = spec.Type == ChartType.Scatter ? [spec.Table.KeyColumn, spec.CategoryColumn!] : new[] { spec.CategoryColumn! };
        var columns = spec.Row is not null ? spec.Table.Columns : named.Concat(spec.Series).Concat(spec.LabelColumn is null ? [] : [spec.LabelColumn]).Distinct().ToList();
        var table = spec.Row is not null ? spec.Table with { Rows = [spec.Row] } : spec.Table with { Rows = spec.Rows };
        TableHtml.AppendTable(html, table, columns, id + "-data", null, language, language);
        html.Append("</div>\n");

        Panel(html, id, "download");
        html.Append("<p>").Append(Encode(words.DownloadIntro)).Append("</p>\n<ul>\n")
            .Append("<li><a href=\"").Append(Encode(dataUrl + spec.Table.Id)).Append(".csv\" download>").Append(Encode(words.DownloadCsv)).Append("</a></li>\n")
            .Append("<li><a href=\"").Append(Encode(dataUrl + spec.Table.Id)).Append(".json\" download>").Append(Encode(words.DownloadJson)).Append("</a></li>\n</ul>\n</div>\n");
        if (share is not null)
        {
            Panel(html, id, "embed");
            ChartEmbedPanel.Append(html, share, id, spec.Title, language);
            html.Append("</div>\n");
        }

        // Under the views, once: what the chart says, where its figures come from, and their caveats.
        html.Append("<p class=\"chart-summary\" id=\"").Append(id).Append("-summary\">").Append(Encode(summary)).Append("</p>\n");
        var generated = GeneratedText.For(language);
        html.Append("<p class=\"chart-source\">").Append(spec.Table.Sources.Count > 1 ? generated.Sources : generated.Source).Append(generated.Colon);
        for (var i = 0; i < spec.Table.Sources.Count; i++)
        {
            if (i > 0) html.Append("; ");
            TableHtml.AppendSource(html, spec.Table.Sources[i], generated);
        }
        html.Append(".</p>\n");
        if (spec.Table.Notes is not null) html.Append("<p class=\"chart-notes\">").Append(Encode(spec.Table.Notes.Get(language, language))).Append("</p>\n");
        if (spec.Caption is not null) html.Append("<figcaption>").Append(Encode(spec.Caption)).Append("</figcaption>\n");
        html.Append("</figure>\n");
        return html.ToString();
    }

    /// <summary>Which panels show before charts.js runs is CSS's job (site.css, "Charts"), not an attribute's.</summary>
    private static void Panel(StringBuilder html, string id, string name) =>
        html.Append("<div class=\"chart-panel chart-panel-").Append(name).Append("\" role=\"tabpanel\" id=\"").Append(id).Append('-').Append(name)
            .Append("\" aria-labelledby=\"").Append(id).Append("-tab-").Append(name).Append("\">\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
