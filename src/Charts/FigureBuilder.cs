using System.Globalization;
using Plotly.NET;
using Site.Data;
using Site.Localization;
using Site.Formats;

namespace Site.Charts;

/// <summary>
/// Turns checked chart data into plotly.js figure JSON with Plotly.NET (the only place it is used).
/// Honest forms: a range is a floating bar (or a line from low to high), never a midpoint; a bound is
/// hatched and labelled "2,000+" or "&lt; 2"; every value carries its label as written, and hover
/// text in the page's language, so no number is formatted in the browser.
/// </summary>
public static class FigureBuilder
{
    public static string Build(ChartSpec spec, ChartData data, string language)
    {
        // Written by our own writer, not Plotly.NET's toFigureJson: the same bytes without Json.NET's
        // first use in the process (FigureJson; FigureJsonTests compare the two).
        var figure = GenericChart.toFigure(Chart(spec, data, language));
        return EscapeForHtml(FigureJson.Write(figure.Data, figure.Layout, figure.Frames));
    }

    /// <summary>The figure as Plotly.NET's typed API builds it (tests compare its JSON with Plotly.NET's own).</summary>
    internal static GenericChart Chart(ChartSpec spec, ChartData data, string language)
    {
        var traces = new List<Trace>();
        for (var i = 0; i < data.Series.Count; i++) traces.Add(TraceFor(spec, data, data.Series[i], i, language));
        if (spec.Type == ChartType.Range)
            for (var i = 0; i < data.Series.Count; i++) traces.Add(RangeLabels(data, data.Series[i], language));
        if (BoundArrows(spec, data) is { } arrows) traces.Add(arrows);
        var chart = GenericChart.ofTraceObjects(false, traces);
        return GenericChart.setLayout(LayoutFor(spec, data, language), chart);
    }

    /// <summary>The JSON goes inside &lt;script type="application/json"&gt;: no "&lt;/script" may appear in it.</summary>
    internal static string EscapeForHtml(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal);

    private static Trace TraceFor(ChartSpec spec, ChartData data, ChartSeries series, int index, string language)
    {
        var points = series.Points.Where(p => p.Value.IsNumber).ToList();
        var categories = points.Select(p => p.Category).ToArray();
        // A number column's unit is on the value axis when one column is drawn; with several, each label carries it.
        var labels = points.Select(p => Label(p, data, language)).ToArray();
        // French puts a no-break space before the colon ("Canada : 1,8 milliard de dollars US").
        var colon = GeneratedText.For(language).Colon;
        var hover = points.Select(p => $"{p.Category}{colon}{ValueFormatter.PlainText(p.Value, p.Column, language, prose: true)}" + (p.Note is null ? "" : $" ({p.Note})")).ToArray();
        var single = data.Series.Count == 1;
        var roles = points.Select(p => single ? (p.Category == spec.Highlight ? "highlight" : "base") : ChartPalette.SeriesRole(index)).ToArray();
        var colors = roles.Select(Color).ToArray();

        var trace = spec.Type switch
        {
            ChartType.Line or ChartType.Scatter or ChartType.Range => new Trace2D("scatter"),
            _ => new Trace2D("bar"),
        };
        trace.SetProperty("name", series.Name);
        trace.SetProperty("meta", new Dictionary<string, object> { ["roles"] = roles });
        trace.SetProperty("hovertext", hover);
        trace.SetProperty("hovertemplate", "%{hovertext}<extra></extra>");
        trace.SetProperty("textfont", new Dictionary<string, object> { ["color"] = ChartPalette.Text, ["shadow"] = Halo });

        switch (spec.Type)
        {
            case ChartType.Bar or ChartType.HorizontalBar or ChartType.GroupedBar or ChartType.StackedBar:
                // A range floats from its low end; everything else starts at zero.
                var bases = points.Select(p => p.Value.Kind == ValueKind.Range ? (double?)Number(p.Value.Low) : null).ToArray();
                var lengths = points.Select(p => Number(p.Value.Kind == ValueKind.Range ? p.Value.High - p.Value.Low : p.Value.Low)).ToArray();
                var horizontal = spec.Type == ChartType.HorizontalBar;
                trace.SetProperty(horizontal ? "y" : "x", categories);
                trace.SetProperty(horizontal ? "x" : "y", lengths);
                if (bases.Any(b => b is not null)) trace.SetProperty("base", bases);
                if (horizontal) trace.SetProperty("orientation", "h");
                trace.SetProperty("text", labels);
                trace.SetProperty("textposition", spec.Type == ChartType.StackedBar ? "inside" : "outside");
                trace.SetProperty("cliponaxis", false);
                trace.SetProperty("marker", new Dictionary<string, object>
                {
                    ["color"] = colors,
                    // The highlighted bar is also outlined: colour is never the only cue.
                    ["line"] = new Dictionary<string, object>
                    {
                        ["color"] = ChartPalette.Text,
                        ["width"] = roles.Select(r => r == "highlight" ? 2.5 : 0).ToArray(),
                    },
                    // Hatching marks a bound, a different one for each direction (ChartKey draws the same).
                    ["pattern"] = new Dictionary<string, object> { ["shape"] = points.Select(p => p.Value.Kind switch
                    {
                        ValueKind.LowerBound => LowerBoundPattern,
                        ValueKind.UpperBound => UpperBoundPattern,
                        _ => "",
                    }).ToArray() },
                });
                break;

            case ChartType.Line:
                var middles = points.Select(p => Number(p.Value.Kind == ValueKind.Range ? (p.Value.Low + p.Value.High) / 2 : p.Value.Low)).ToArray();
                trace.SetProperty("x", categories);
                trace.SetProperty("y", middles);
                trace.SetProperty("mode", "lines+markers+text");
                trace.SetProperty("text", labels);
                trace.SetProperty("textposition", "top center");
                trace.SetProperty("cliponaxis", false);
                trace.SetProperty("line", new Dictionary<string, object> { ["color"] = colors.FirstOrDefault() ?? ChartPalette.Base, ["width"] = 3 });
                trace.SetProperty("marker", new Dictionary<string, object> { ["color"] = colors, ["size"] = roles.Select(r => r == "highlight" ? 16 : 10).ToArray(), ["symbol"] = points.Select(p => Symbol(p.Value, vertical: true)).ToArray() });
                if (points.Any(p => p.Value.Kind == ValueKind.Range))
                {
                    // Ranges show their full extent as a bar through the point, and their label says "6–8".
                    trace.SetProperty("error_y", new Dictionary<string, object>
                    {
                        ["type"] = "data",
                        ["symmetric"] = false,
                        ["array"] = points.Select(p => Number(p.Value.Kind == ValueKind.Range ? (p.Value.High - p.Value.Low) / 2 : 0)).ToArray(),
                        ["arrayminus"] = points.Select(p => Number(p.Value.Kind == ValueKind.Range ? (p.Value.High - p.Value.Low) / 2 : 0)).ToArray(),
                        ["thickness"] = 3,
                        ["width"] = 6,
                    });
                }
                break;

            case ChartType.Scatter:
                var xColumn = spec.CategoryColumn!;
                var rows = spec.Rows.Where(r => r.Cells[series.Column.Id].IsNumber && r.Cells[xColumn.Id].IsNumber).ToList();
                trace.SetProperty("x", rows.Select(r => Number(r.Cells[xColumn.Id].Low)).ToArray());
                trace.SetProperty("y", rows.Select(r => Number(r.Cells[series.Column.Id].Low)).ToArray());
                var names = rows.Select(r => ChartSpecParser.CategoryText(r, spec.Table.KeyColumn, language)).ToArray();
                trace.SetProperty("text", names);
                trace.SetProperty("hovertext", rows.Select((r, k) => $"{names[k]}{colon}{ValueFormatter.PlainText(r.Cells[xColumn.Id], xColumn, language, true)}, {ValueFormatter.PlainText(r.Cells[series.Column.Id], series.Column, language, true)}").ToArray());
                var scatterRoles = names.Select(name => name == spec.Highlight ? "highlight" : "base").ToArray();
                trace.SetProperty("meta", new Dictionary<string, object> { ["roles"] = scatterRoles });
                trace.SetProperty("mode", "markers+text");
                trace.SetProperty("textposition", "top center");
                trace.SetProperty("marker", new Dictionary<string, object> { ["color"] = scatterRoles.Select(Color).ToArray(), ["size"] = scatterRoles.Select(r => r == "highlight" ? 18 : 12).ToArray() });
                break;

            case ChartType.Range:
                // A dumbbell per category: a thick line from low to high; single values and bounds are one marker.
                var xs = new List<double?>();
                var ys = new List<string?>();
                var symbols = new List<string>();
                var hovers = new List<string>();
                var pointRoles = new List<string>();
                for (var k = 0; k < points.Count; k++)
                {
                    var value = points[k].Value;
                    if (value.Kind == ValueKind.Range)
                    {
                        xs.AddRange([Number(value.Low), Number(value.High), null]);
                        ys.AddRange([categories[k], categories[k], null]);
                        symbols.AddRange(["circle", "circle", "circle"]);
                        hovers.AddRange([hover[k], hover[k], ""]);
                        pointRoles.AddRange([roles[k], roles[k], roles[k]]);
                    }
                    else
                    {
                        xs.AddRange([Number(value.Low), null]);
                        ys.AddRange([categories[k], null]);
                        symbols.AddRange([Symbol(value, vertical: false), "circle"]);
                        hovers.AddRange([hover[k], ""]);
                        pointRoles.AddRange([roles[k], roles[k]]);
                    }
                }
                trace.SetProperty("x", xs.ToArray());
                trace.SetProperty("y", ys.ToArray());
                trace.SetProperty("hovertext", hovers.ToArray());
                trace.SetProperty("cliponaxis", false);
                // The labels are a trace of their own (RangeLabels): plotly's text layer, in a trace that
                // mixes gaps (the nulls between dumbbells) and points without text, drew some labels'
                // groups empty (the Canada 2027 ranges on /risks/ and /pillars/sme/).
                trace.SetProperty("mode", "lines+markers");
                // The line has one colour; the markers carry the highlight (in colour and size).
                trace.SetProperty("line", new Dictionary<string, object> { ["color"] = single ? ChartPalette.Base : ChartPalette.SeriesColor(index), ["width"] = 6, ["simplify"] = false });
                trace.SetProperty("marker", new Dictionary<string, object>
                {
                    ["size"] = pointRoles.Select(r => r == "highlight" ? 18 : 12).ToArray(),
                    ["symbol"] = symbols.ToArray(),
                    ["color"] = pointRoles.Select(Color).ToArray(),
                });
                trace.SetProperty("meta", new Dictionary<string, object> { ["roles"] = pointRoles.ToArray() });
                break;
        }
        return trace;
    }

    /// <summary>The label drawn at a value: short, with its sign or unit (see <see cref="ValueFormatter.ChartLabel"/>), and the row's note.</summary>
    private static string Label(ChartPoint point, ChartData data, string language) =>
        ValueFormatter.ChartLabel(point.Value, point.Column, language, withUnit: data.Series.SelectMany(s => s.Points).Select(p => p.Column).Distinct().Count() > 1)
        + (point.Note is null ? "" : "<br>" + Wrap(point.Note, NoteWrapAt));

    /// <summary>
    /// A range chart's value labels: one text point per category at the mark's right end (a range's
    /// high end), with no gap and no empty text, so plotly draws every one.
    /// </summary>
    private static Trace RangeLabels(ChartData data, ChartSeries series, string language)
    {
        var points = series.Points.Where(p => p.Value.IsNumber).ToList();
        var trace = new Trace2D("scatter");
        trace.SetProperty("name", series.Name);
        trace.SetProperty("x", points.Select(p => Number(p.Value.Kind == ValueKind.Range ? p.Value.High : p.Value.Low)).ToArray());
        trace.SetProperty("y", points.Select(p => p.Category).ToArray());
        trace.SetProperty("text", points.Select(p => Label(p, data, language)).ToArray());
        // An invisible marker the size of the drawn one, so plotly sets each label clear of its mark.
        trace.SetProperty("mode", "markers+text");
        trace.SetProperty("marker", new Dictionary<string, object> { ["size"] = 18, ["opacity"] = 0 });
        trace.SetProperty("textposition", "middle right");
        trace.SetProperty("cliponaxis", false);
        trace.SetProperty("hoverinfo", "skip");
        trace.SetProperty("showlegend", false);
        trace.SetProperty("meta", new Dictionary<string, object> { ["roles"] = new[] { "base" } });
        return trace;
    }

    /// <summary>
    /// A bar that stands for a bound ends in an arrowhead pointing where the true value lies (up for
    /// "at least", down for "under"), over its hatching: the bar's end is a limit, not a value. One
    /// marker trace over a one-column bar chart; grouped bars keep the hatching alone (their arrows
    /// could not be placed over the right bar of a group).
    /// </summary>
    private static Trace? BoundArrows(ChartSpec spec, ChartData data)
    {
        if (spec.Type is not (ChartType.Bar or ChartType.HorizontalBar) || data.Series.Count != 1) return null;
        var bounds = data.Series[0].Points.Where(p => p.Value.Kind is ValueKind.LowerBound or ValueKind.UpperBound).ToList();
        if (bounds.Count == 0) return null;
        var horizontal = spec.Type == ChartType.HorizontalBar;
        var roles = bounds.Select(p => p.Category == spec.Highlight ? "highlight" : "base").ToArray();
        var trace = new Trace2D("scatter");
        trace.SetProperty("name", "bounds");
        trace.SetProperty(horizontal ? "y" : "x", bounds.Select(p => p.Category).ToArray());
        trace.SetProperty(horizontal ? "x" : "y", bounds.Select(p => Number(p.Value.Low)).ToArray());
        trace.SetProperty("mode", "markers");
        trace.SetProperty("hoverinfo", "skip");
        trace.SetProperty("showlegend", false);
        trace.SetProperty("cliponaxis", false);
        trace.SetProperty("meta", new Dictionary<string, object> { ["roles"] = roles });
        trace.SetProperty("marker", new Dictionary<string, object>
        {
            ["symbol"] = bounds.Select(p => Symbol(p.Value, vertical: !horizontal)).ToArray(),
            ["size"] = 14,
            ["color"] = roles.Select(Color).ToArray(),
        });
        return trace;
    }

    /// <summary>Lower bounds point up (or right), upper bounds down (or left).</summary>
    private static string Symbol(DataValue value, bool vertical) => value.Kind switch
    {
        ValueKind.LowerBound => vertical ? "triangle-up" : "triangle-right",
        ValueKind.UpperBound => vertical ? "triangle-down" : "triangle-left",
        _ => "circle",
    };

    /// <summary>Plotly's bar patterns: diagonal lines for "at least", dots for "under".</summary>
    public const string LowerBoundPattern = "/";
    public const string UpperBoundPattern = ".";

    /// <summary>
    /// Every label drawn on the plot gets a halo of the page's colour, so a gridline or a mark never
    /// runs through its letters (charts.js swaps in the active theme's background).
    /// </summary>
    public const string Halo = "0 0 2px " + ChartPalette.Halo + ", 0 0 3px " + ChartPalette.Halo + ", 0 0 4px " + ChartPalette.Halo;

    private static string Color(string role) => role switch
    {
        "highlight" => ChartPalette.Highlight,
        "base" => ChartPalette.Base,
        _ => ChartPalette.Series[int.Parse(role["series-".Length..], CultureInfo.InvariantCulture)],
    };

    private static double Number(decimal value) => (double)value;

    private static Layout LayoutFor(ChartSpec spec, ChartData data, string language)
    {
        var format = NumberFormat.For(language);
        var layout = new Layout();
        layout.SetProperty("font", new Dictionary<string, object> { ["family"] = "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif", ["size"] = 13, ["color"] = ChartPalette.Text });
        layout.SetProperty("paper_bgcolor", "rgba(0,0,0,0)");
        layout.SetProperty("plot_bgcolor", "rgba(0,0,0,0)");
        // Labels sit outside the bars' ends: leave room for the longest on the right of horizontal
        // charts (about 8 px a character at 14 px), so none is clipped.
        var horizontal = spec.Type is ChartType.HorizontalBar or ChartType.Range;
        var longestLabel = data.Series.SelectMany(s => s.Points).SelectMany(p => Label(p, data, language).Split("<br>")).Select(line => line.Length).DefaultIfEmpty(0).Max();
        var longestName = data.Series.Count > 1 && spec.Type == ChartType.Line ? data.Series.Max(s => s.Name.Length) : 0;
        var right = horizontal ? Math.Clamp(16 + 7 * longestLabel, 48, 240) : longestName > 0 ? Math.Clamp(16 + 7 * longestName, 48, 200) : 24;
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 8, ["r"] = right, ["t"] = horizontal ? 24 : 48, ["b"] = 8 });
        // plotly.js reads its decimal and thousands separators from here (axis ticks): ".," in English,
        // ",\u202F" in French, the same characters as every number the site writes.
        layout.SetProperty("separators", format.DecimalSeparator + format.GroupSeparator);
        // Lines are named at their ends (DirectLabels), which reads faster than a legend.
        var directlyLabelled = spec.Type == ChartType.Line && data.Series.Count > 1;
        layout.SetProperty("showlegend", data.Series.Count > 1 && !directlyLabelled);
        layout.SetProperty("legend", new Dictionary<string, object> { ["orientation"] = "h", ["y"] = -0.2 });
        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("dragmode", false);
        // Vertical bars turn horizontal on narrow screens (charts.js), where their names would collide.
        if (spec.Type is ChartType.Bar or ChartType.GroupedBar or ChartType.StackedBar)
            layout.SetProperty("meta", new Dictionary<string, object> { ["turnable"] = true, ["lines"] = LabelLines(data, language) });
        if (spec.Type == ChartType.GroupedBar) layout.SetProperty("barmode", "group");
        if (spec.Type == ChartType.StackedBar) layout.SetProperty("barmode", "stack");

        var categoriesOnY = spec.Type is ChartType.HorizontalBar or ChartType.Range;
        var categoryAxis = Axis(spec.XTitle, "category", spec.LogAxis && false);
        // Tick labels stay plain text: plotly turns <b> into style attributes, which the site's CSP refuses.
        categoryAxis["tickvals"] = data.Categories.ToArray();
        // Long labels wrap (plotly's <br> makes tspans, no style attribute), so phones keep a plot area.
        if (data.Categories.Any(c => c.Length > WrapAt)) categoryAxis["ticktext"] = data.Categories.Select(c => Wrap(c)).ToArray();
        if (categoriesOnY) categoryAxis["autorange"] = "reversed";
        // A vertical value axis is named above the plot, level with its top tick, as data desks do:
        // a rotated title is hard to read and steals width on phones.
        var titleAbove = !categoriesOnY && spec.Type != ChartType.Scatter;
        var valueAxis = Axis(titleAbove ? null : spec.YTitle, spec.LogAxis ? "log" : "linear", spec.LogAxis);
        // Few, faint gridlines on the value axis only: every mark carries its own label.
        valueAxis["gridcolor"] = ChartPalette.Grid;
        valueAxis["nticks"] = 5;
        valueAxis["showline"] = false;
        if (!spec.LogAxis) valueAxis["rangemode"] = "tozero";
        TicksLikeValues(valueAxis, data, language);

        if (spec.Type == ChartType.Scatter)
        {
            var xAxis = Axis(spec.XTitle ?? spec.CategoryColumn!.Label.Get(language, language), "linear", false);
            xAxis["gridcolor"] = ChartPalette.Grid;
            TicksLikeValues(xAxis, null, language);
            layout.SetProperty("xaxis", xAxis);
            layout.SetProperty("yaxis", valueAxis);
        }
        else
        {
            layout.SetProperty("xaxis", categoriesOnY ? valueAxis : categoryAxis);
            layout.SetProperty("yaxis", categoriesOnY ? categoryAxis : valueAxis);
        }

        var notes = Annotations(spec, data, categoriesOnY).Concat(DirectLabels(spec, data)).ToList();
        if (titleAbove && !string.IsNullOrEmpty(spec.YTitle))
        {
            notes.Add(new Dictionary<string, object>
            {
                ["text"] = Wrap(spec.YTitle, TitleWrapAt), ["xref"] = "paper", ["yref"] = "paper", ["x"] = 0, ["y"] = 1,
                ["xanchor"] = "left", ["yanchor"] = "bottom", ["yshift"] = 14, ["showarrow"] = false, ["align"] = "left",
                ["font"] = new Dictionary<string, object> { ["color"] = ChartPalette.Text, ["size"] = 12, ["shadow"] = Halo },
            });
        }
        if (notes.Count > 0) layout.SetProperty("annotations", notes.ToArray());
        return layout;
    }

    /// <summary>
    /// Ticks written like the page's values: never SI letters ("500k" beside "500,000"), thousands
    /// grouped from four digits as NumberFormat does ("2,000", "2 000": the layout's separators), and a
    /// percent axis's sign on each tick ("2%", "2 %"), so its title needs no "(%)".
    /// </summary>
    private static void TicksLikeValues(Dictionary<string, object> axis, ChartData? data, string language)
    {
        axis["exponentformat"] = "none";
        axis["separatethousands"] = true;
        if (data is not null && data.Series.All(s => s.Column.Type == ColumnType.Percent))
            axis["ticksuffix"] = NumberFormat.For(language).PercentSuffix;
    }

    private const int WrapAt = 16;

    /// <summary>Titles wrap a little wider than category names: a phone's plot is about 290 px wide.</summary>
    private const int TitleWrapAt = 30;

    /// <summary>A note beside a value wraps narrow, so the label fits in the room a phone leaves beside the bars.</summary>
    private const int NoteWrapAt = 18;

    /// <summary>The lines of the tallest value label: horizontal charts give each category room for them (ChartHtml's data-lines).</summary>
    public static int LabelLines(ChartData data, string language) =>
        data.Series.SelectMany(s => s.Points).Select(p => Label(p, data, language).Split("<br>").Length).DefaultIfEmpty(1).Max();

    private static string Wrap(string label) => Wrap(label, WrapAt);

    private static string Wrap(string label, int wrapAt)
    {
        if (label.Length <= wrapAt) return label;
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in label.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > wrapAt)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        lines.Add(line.ToString());
        return string.Join("<br>", lines);
    }

    private static Dictionary<string, object> Axis(string? title, string type, bool log)
    {
        var axis = new Dictionary<string, object> { ["type"] = type, ["automargin"] = true, ["fixedrange"] = true, ["zeroline"] = false, ["linecolor"] = ChartPalette.Grid };
        if (!string.IsNullOrEmpty(title)) axis["title"] = new Dictionary<string, object> { ["text"] = Wrap(title, TitleWrapAt) };
        return axis;
    }

    /// <summary>Each line of a multi-series line chart is named just after its last point.</summary>
    private static IEnumerable<object> DirectLabels(ChartSpec spec, ChartData data)
    {
        if (spec.Type != ChartType.Line || data.Series.Count < 2) yield break;
        foreach (var series in data.Series)
        {
            var last = series.Points.LastOrDefault(p => p.Value.IsNumber);
            if (last is null) continue;
            yield return new Dictionary<string, object>
            {
                ["x"] = last.Category,
                ["y"] = Number(last.Value.Kind == ValueKind.Range ? (last.Value.Low + last.Value.High) / 2 : last.Value.Low),
                ["text"] = series.Name,
                ["showarrow"] = false,
                ["xanchor"] = "left",
                ["xshift"] = 10,
                ["font"] = new Dictionary<string, object> { ["color"] = ChartPalette.Text, ["shadow"] = Halo },
            };
        }
    }

    private static object[] Annotations(ChartSpec spec, ChartData data, bool categoriesOnY) =>
        spec.Annotations.Select(note =>
        {
            var point = data.Series[0].Points.FirstOrDefault(p => p.Category == note.Category);
            var value = point is null ? 0 : Number(point.Value.Kind == ValueKind.Range ? point.Value.High : point.Value.Low);
            return (object)new Dictionary<string, object>
            {
                [categoriesOnY ? "y" : "x"] = note.Category,
                [categoriesOnY ? "x" : "y"] = value,
                ["text"] = note.Text,
                ["showarrow"] = true,
                ["arrowhead"] = 2,
                ["ax"] = categoriesOnY ? 40 : 0,
                ["ay"] = categoriesOnY ? 0 : -36,
                ["font"] = new Dictionary<string, object> { ["color"] = ChartPalette.Text, ["shadow"] = Halo },
            };
        }).ToArray();
}
