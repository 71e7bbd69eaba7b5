using System.Net;
using System.Text;
using Site.Data;
using Site.Localization;
using Site.Formats;

namespace Site.Charts;

/// <summary>
/// The key under a chart that has bounds or ranges: one entry per kind of mark the chart really
/// draws ("at least", "more than", "under", a range), each with a small SVG of that mark as FigureBuilder draws
/// it, so the reader can tell them apart without hovering. Colours come from the theme's CSS.
/// </summary>
public static class ChartKey
{
    public static void Append(StringBuilder html, ChartSpec spec, ChartData data, string language)
    {
        var values = data.Series.SelectMany(s => s.Points).Select(p => p.Value).ToList();
        var kinds = values.Select(v => v.Kind).ToHashSet();
        var lower = values.Any(v => v.Kind == ValueKind.LowerBound && !v.Strict);
        var moreThan = values.Any(v => v.Kind == ValueKind.LowerBound && v.Strict);
        var upper = kinds.Contains(ValueKind.UpperBound);
        var range = kinds.Contains(ValueKind.Range);
        if (!lower && !moreThan && !upper && !range) return;

        var words = ChartWords.For(language);
        var bars = IsBar(spec.Type);
        var horizontal = spec.Type is ChartType.HorizontalBar or ChartType.Range;
        html.Append("<ul class=\"chart-key\" aria-label=\"").Append(Encode(words.KeyLabel)).Append("\">\n");
        // One-column bar charts end a bound's bar with an arrowhead (FigureBuilder.BoundArrows): so does its key.
        var arrows = spec.Type is ChartType.Bar or ChartType.HorizontalBar && data.Series.Count == 1;
        string Bound(string pattern, bool up) => !bars ? Triangle(up, horizontal) : arrows ? HatchedBarWithArrow(pattern, up, horizontal) : HatchedBar(pattern);
        if (lower) Entry(html, Bound(FigureBuilder.LowerBoundPattern, up: true), words.KeyAtLeast);
        if (moreThan) Entry(html, Bound(FigureBuilder.LowerBoundPattern, up: true), words.KeyMoreThan);
        if (upper) Entry(html, Bound(FigureBuilder.UpperBoundPattern, up: false), words.KeyUnder);
        if (range) Entry(html, bars ? FloatingBar() : RangeLine(horizontal), words.KeyRange);
        html.Append("</ul>\n");
    }

    private static bool IsBar(ChartType type) => type is ChartType.Bar or ChartType.HorizontalBar or ChartType.GroupedBar or ChartType.StackedBar;

    private static void Entry(StringBuilder html, string svg, string text) =>
        html.Append("<li>").Append(svg).Append("<span>").Append(Encode(text)).Append("</span></li>\n");

    private const string Svg = "<svg width=\"28\" height=\"14\" viewBox=\"0 0 28 14\" aria-hidden=\"true\" focusable=\"false\">";

    /// <summary>A bar with the hatching plotly draws for that bound: diagonal lines, or dots.</summary>
    private static string HatchedBar(string pattern)
    {
        var marks = new StringBuilder();
        if (pattern == "/")
            for (var x = -8; x < 28; x += 6) marks.Append("<line class=\"key-hatch\" x1=\"").Append(x).Append("\" y1=\"14\" x2=\"").Append(x + 14).Append("\" y2=\"0\" stroke-width=\"1.5\"/>");
        else
            for (var x = 3; x < 28; x += 5)
                for (var y = 3; y < 14; y += 5) marks.Append("<circle class=\"key-hatch\" cx=\"").Append(x).Append("\" cy=\"").Append(y).Append("\" r=\"1\" stroke-width=\"1\"/>");
        return Svg + "<rect class=\"key-mark\" x=\"0\" y=\"0\" width=\"28\" height=\"14\"/>" + marks + "</svg>";
    }

    /// <summary>The hatched bar shortened, with the arrowhead the chart draws at its end (pointing where the true value lies).</summary>
    private static string HatchedBarWithArrow(string pattern, bool up, bool horizontal)
    {
        var bar = HatchedBar(pattern).Replace("width=\"28\" height=\"14\"/>", "width=\"17\" height=\"14\"/>", StringComparison.Ordinal);
        var points = (up, horizontal) switch
        {
            (true, false) => "22,2 27,12 17,12",
            (false, false) => "17,2 27,2 22,12",
            (true, true) => "18,2 27,7 18,12",
            _ => "27,2 18,7 27,12",
        };
        return bar.Replace("</svg>", "<polygon class=\"key-mark\" points=\"" + points + "\"/></svg>", StringComparison.Ordinal);
    }

    private static string Triangle(bool up, bool horizontal)
    {
        // Lower bounds point up (or right), upper bounds down (or left), as the chart's markers do.
        var points = (up, horizontal) switch
        {
            (true, false) => "14,1 21,13 7,13",
            (false, false) => "7,1 21,1 14,13",
            (true, true) => "8,1 20,7 8,13",
            _ => "20,1 8,7 20,13",
        };
        return Svg + "<polygon class=\"key-mark\" points=\"" + points + "\"/></svg>";
    }

    private static string FloatingBar() =>
        Svg + "<rect class=\"key-mark\" x=\"6\" y=\"2\" width=\"16\" height=\"10\"/><line class=\"key-mark\" x1=\"0\" y1=\"13\" x2=\"28\" y2=\"13\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/></svg>";

    private static string RangeLine(bool horizontal) => horizontal
        ? Svg + "<line class=\"key-mark\" x1=\"5\" y1=\"7\" x2=\"23\" y2=\"7\" stroke-width=\"4\"/><circle class=\"key-mark\" cx=\"5\" cy=\"7\" r=\"4\"/><circle class=\"key-mark\" cx=\"23\" cy=\"7\" r=\"4\"/></svg>"
        : Svg + "<line class=\"key-mark\" x1=\"14\" y1=\"1\" x2=\"14\" y2=\"13\" stroke-width=\"3\"/><line class=\"key-mark\" x1=\"10\" y1=\"1\" x2=\"18\" y2=\"1\" stroke-width=\"2\"/><line class=\"key-mark\" x1=\"10\" y1=\"13\" x2=\"18\" y2=\"13\" stroke-width=\"2\"/><circle class=\"key-mark\" cx=\"14\" cy=\"7\" r=\"3\"/></svg>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
