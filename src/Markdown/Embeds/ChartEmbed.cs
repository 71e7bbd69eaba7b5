using Site.Charts;
using Site.Yaml;

namespace Site.Markdown.Embeds;

/// <summary>```chart``` blocks: a data table drawn as an accessible, lazily loaded Plotly chart.</summary>
public sealed class ChartEmbed : IEmbed
{
    public string Name => "chart";

    public string? Render(YMap spec, EmbedContext context)
    {
        if (spec.Get("table") is Site.Yaml.YScalar name) context.Use(name.Value);
        var chart = ChartSpecParser.Parse(spec, context.Tables, context.Language, context.Diagnostics);
        if (chart is null) return null;
        var data = ChartData.From(chart, context.Language);
        var json = FigureBuilder.Build(chart, data, context.Language);
        var id = context.UniqueId("chart-" + chart.Table.Id);
        var html = ChartHtml.Write(chart, data, json, id, context.Language, context.DataUrl, context.Diagnostics, context.ChartShare);
        if (context.ChartShare is not null)
        {
            // The embed page's copy: the same figure without the Embed view (its warnings were reported once, above).
            var figure = ChartHtml.Write(chart, data, json, id, context.Language, context.DataUrl, standalone: true);
            var (bars, highlight) = DrawnChart.BarsOf(chart, data);
            context.Charts.Add(new DrawnChart(id, chart.Title, ChartSummary.Write(chart, data, context.Language), chart.Table.Id, figure, bars, highlight));
        }
        return html;
    }
}
