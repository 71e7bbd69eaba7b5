using System.Globalization;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using Site.Charts.Plotly;
using Site.Data;
using Site.Localization;
using Site.Formats;
using PlotlyColor = Plotly.NET.Color;

namespace Site.Charts;

/// <summary>
/// Turns checked chart data into plotly.js figure JSON with Plotly.NET's typed functions (this file and
/// src/Charts/Plotly/ are the only places it is used: PlotlyFunctions calls them by name, UntypedProperties sets the
/// few properties they have no form for, FigureSerializer writes the JSON).
/// Honest forms: a range is a floating bar (or a line from low to high), never a midpoint; a bound is
/// hatched and labelled "2,000+" or "&lt; 2"; every value carries its label as written, and hover
/// text in the page's language, so no number is formatted in the browser.
/// </summary>
public static class FigureBuilder
{
    public static string Build(ChartSpec spec, ChartData data, string language)
    {
        // System.Text.Json, not Plotly.NET's toFigureJson (Json.NET): the same JSON without Json.NET's
        // first use in the process (FigureSerializer; FigureSerializerTests compare the two, parsed).
        return EscapeForHtml(FigureSerializer.Write(Chart(spec, data, language)));
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
        const string hoverTemplate = "%{hovertext}<extra></extra>";
        var textFont = LabelFont();

        switch (spec.Type)
        {
            case ChartType.Bar or ChartType.HorizontalBar or ChartType.GroupedBar or ChartType.StackedBar:
            {
                // A range floats from its low end; everything else starts at zero.
                var bases = points.Select(p => p.Value.Kind == ValueKind.Range ? (double?)Number(p.Value.Low) : null).ToArray();
                var lengths = points.Select(p => Number(p.Value.Kind == ValueKind.Range ? p.Value.High - p.Value.Low : p.Value.Low)).ToArray();
                var horizontal = spec.Type == ChartType.HorizontalBar;
                var marker = PlotlyFunctions.MarkerInit(
                    Color: Colors(colors),
                    // The highlighted bar is also outlined: colour is never the only cue.
                    Outline: PlotlyFunctions.LineInit(Color: PlotlyColor.fromString(ChartPalette.Text), MultiWidth: roles.Select(r => r == "highlight" ? 2.5 : 0).ToArray()),
                    // Hatching marks a bound, a different one for each direction (ChartKey draws the same).
                    Pattern: PlotlyFunctions.PatternInit(MultiShape: points.Select(p => PatternFor(p.Value)).ToArray()));
                var bar = Trace2D.initBar(PlotlyFunctions.Trace2DStyleBar(
                    Name: series.Name,
                    X: horizontal ? (IEnumerable<IConvertible>)lengths.Cast<IConvertible>().ToArray() : categories,
                    Y: horizontal ? (IEnumerable<IConvertible>)categories : lengths.Cast<IConvertible>().ToArray(),
                    Orientation: horizontal ? StyleParam.Orientation.Horizontal : null,
                    MultiText: labels,
                    TextPosition: spec.Type == ChartType.StackedBar ? StyleParam.TextPosition.Inside : StyleParam.TextPosition.Outside,
                    TextFont: textFont,
                    MultiHoverText: hover,
                    HoverTemplate: hoverTemplate,
                    ClipOnAxis: false,
                    Marker: marker));
                if (bases.Any(b => b is not null)) bar.WithBases(bases);
                return bar.WithMeta(("roles", roles));
            }

            case ChartType.Line:
            {
                var middles = points.Select(p => Number(p.Value.Kind == ValueKind.Range ? (p.Value.Low + p.Value.High) / 2 : p.Value.Low)).ToArray();
                var hasRanges = points.Any(p => p.Value.Kind == ValueKind.Range);
                var halves = points.Select(p => Number(p.Value.Kind == ValueKind.Range ? (p.Value.High - p.Value.Low) / 2 : 0)).ToArray();
                return Trace2D.initScatter(PlotlyFunctions.Trace2DStyleScatter(
                    Name: series.Name,
                    X: categories,
                    Y: middles,
                    Mode: StyleParam.Mode.Lines_Markers_Text,
                    MultiText: labels,
                    TextPosition: StyleParam.TextPosition.TopCenter,
                    TextFont: textFont,
                    MultiHoverText: hover,
                    HoverTemplate: hoverTemplate,
                    ClipOnAxis: false,
                    Line: PlotlyFunctions.LineInit(Color: PlotlyColor.fromString(colors.FirstOrDefault() ?? ChartPalette.Base), Width: 3),
                    Marker: PlotlyFunctions.MarkerInit(
                        Color: Colors(colors),
                        MultiSize: roles.Select(r => r == "highlight" ? 16 : 10).ToArray()).WithSymbols(points.Select(p => Symbol(p.Value, vertical: true))),
                    // Ranges show their full extent as a bar through the point, and their label says "6–8".
                    YError: hasRanges
                        ? PlotlyFunctions.ErrorInit(Type: StyleParam.ErrorType.Data, Symmetric: false, Array: halves, Arrayminus: halves, Thickness: 3, Width: 6)
                        : null)).WithMeta(("roles", roles));
            }

            case ChartType.Scatter:
            {
                var xColumn = spec.CategoryColumn!;
                var rows = spec.Rows.Where(r => r.Cells[series.Column.Id].IsNumber && r.Cells[xColumn.Id].IsNumber).ToList();
                var names = rows.Select(r => ChartSpecParser.CategoryText(r, spec.Table.KeyColumn, language)).ToArray();
                var scatterRoles = names.Select(name => name == spec.Highlight ? "highlight" : "base").ToArray();
                return Trace2D.initScatter(PlotlyFunctions.Trace2DStyleScatter(
                    Name: series.Name,
                    X: rows.Select(r => Number(r.Cells[xColumn.Id].Low)).ToArray(),
                    Y: rows.Select(r => Number(r.Cells[series.Column.Id].Low)).ToArray(),
                    Mode: StyleParam.Mode.Markers_Text,
                    MultiText: names,
                    TextPosition: StyleParam.TextPosition.TopCenter,
                    TextFont: textFont,
                    MultiHoverText: rows.Select((r, k) => $"{names[k]}{colon}{ValueFormatter.PlainText(r.Cells[xColumn.Id], xColumn, language, true)}, {ValueFormatter.PlainText(r.Cells[series.Column.Id], series.Column, language, true)}").ToArray(),
                    HoverTemplate: hoverTemplate,
                    Marker: PlotlyFunctions.MarkerInit(Color: Colors(scatterRoles.Select(Color)), MultiSize: scatterRoles.Select(r => r == "highlight" ? 18 : 12).ToArray()))).WithMeta(("roles", scatterRoles));
            }

            default: // ChartType.Range
            {
                // A dumbbell per category: a thick line from low to high; single values and bounds are one marker.
                var xs = new List<IConvertible?>();
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
                return Trace2D.initScatter(PlotlyFunctions.Trace2DStyleScatter(
                    Name: series.Name,
                    X: xs.ToArray(),
                    Y: ys.ToArray(),
                    // The labels are a trace of their own (RangeLabels): plotly's text layer, in a trace that
                    // mixes gaps (the nulls between dumbbells) and points without text, drew some labels'
                    // groups empty (the Canada 2027 ranges on /risks/ and /pillars/sme/).
                    Mode: StyleParam.Mode.Lines_Markers,
                    TextFont: textFont,
                    MultiHoverText: hovers.ToArray(),
                    HoverTemplate: hoverTemplate,
                    ClipOnAxis: false,
                    // The line has one colour; the markers carry the highlight (in colour and size).
                    Line: PlotlyFunctions.LineInit(Color: PlotlyColor.fromString(single ? ChartPalette.Base : ChartPalette.SeriesColor(index)), Width: 6, Simplify: false),
                    Marker: PlotlyFunctions.MarkerInit(
                        MultiSize: pointRoles.Select(r => r == "highlight" ? 18 : 12).ToArray(),
                        Color: Colors(pointRoles.Select(Color))).WithSymbols(symbols))).WithMeta(("roles", pointRoles.ToArray()));
            }
        }
    }

    /// <summary>One colour per point, as plotly.js takes an array for <c>marker.color</c>.</summary>
    private static PlotlyColor Colors(IEnumerable<string> colors) => PlotlyColor.fromColors(colors.Select(PlotlyColor.fromString));

    /// <summary>The font of labels drawn on the plot: the text colour, with the halo.</summary>
    private static Font LabelFont(double? size = null) => PlotlyFunctions.FontInit(Color: PlotlyColor.fromString(ChartPalette.Text), Size: size).WithShadow(Halo);

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
        return Trace2D.initScatter(PlotlyFunctions.Trace2DStyleScatter(
            Name: series.Name,
            ShowLegend: false,
            X: points.Select(p => Number(p.Value.Kind == ValueKind.Range ? p.Value.High : p.Value.Low)).ToArray(),
            Y: points.Select(p => p.Category).ToArray(),
            MultiText: points.Select(p => Label(p, data, language)).ToArray(),
            // An invisible marker the size of the drawn one, so plotly sets each label clear of its mark.
            Mode: StyleParam.Mode.Markers_Text,
            Marker: PlotlyFunctions.MarkerInit(Size: 18, Opacity: 0),
            TextPosition: StyleParam.TextPosition.MiddleRight,
            ClipOnAxis: false,
            HoverInfo: StyleParam.HoverInfo.Skip)).WithMeta(("roles", new[] { "base" }));
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
        var categories = bounds.Select(p => p.Category).ToArray();
        var ends = bounds.Select(p => (IConvertible)Number(p.Value.Low)).ToArray();
        return Trace2D.initScatter(PlotlyFunctions.Trace2DStyleScatter(
            Name: "bounds",
            ShowLegend: false,
            X: horizontal ? ends : categories,
            Y: horizontal ? categories : ends,
            Mode: StyleParam.Mode.Markers,
            HoverInfo: StyleParam.HoverInfo.Skip,
            ClipOnAxis: false,
            Marker: PlotlyFunctions.MarkerInit(
                Size: 14,
                Color: Colors(roles.Select(Color))).WithSymbols(bounds.Select(p => Symbol(p.Value, vertical: !horizontal))))).WithMeta(("roles", roles));
    }

    /// <summary>Lower bounds point up (or right), upper bounds down (or left).</summary>
    private static string Symbol(DataValue value, bool vertical) => value.Kind switch
    {
        ValueKind.LowerBound => vertical ? "triangle-up" : "triangle-right",
        ValueKind.UpperBound => vertical ? "triangle-down" : "triangle-left",
        _ => "circle",
    };

    /// <summary>Plotly's bar patterns: diagonal lines ("/") for "at least", dots (".") for "under" (ChartKey draws them by these names).</summary>
    public const string LowerBoundPattern = "/";
    public const string UpperBoundPattern = ".";

    private static StyleParam.PatternShape PatternFor(DataValue value) => value.Kind switch
    {
        ValueKind.LowerBound => StyleParam.PatternShape.DiagonalAscending, // "/"
        ValueKind.UpperBound => StyleParam.PatternShape.Dots,              // "."
        _ => StyleParam.PatternShape.None,                                 // ""
    };

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
        // Labels sit outside the bars' ends: leave room for the longest on the right of horizontal
        // charts (about 8 px a character at 14 px), so none is clipped.
        var horizontal = spec.Type is ChartType.HorizontalBar or ChartType.Range;
        var longestLabel = data.Series.SelectMany(s => s.Points).SelectMany(p => Label(p, data, language).Split("<br>")).Select(line => line.Length).DefaultIfEmpty(0).Max();
        var longestName = data.Series.Count > 1 && spec.Type == ChartType.Line ? data.Series.Max(s => s.Name.Length) : 0;
        var right = horizontal ? Math.Clamp(16 + 7 * longestLabel, 48, 240) : longestName > 0 ? Math.Clamp(16 + 7 * longestName, 48, 200) : 24;
        // Lines are named at their ends (DirectLabels), which reads faster than a legend.
        var directlyLabelled = spec.Type == ChartType.Line && data.Series.Count > 1;

        var categoriesOnY = spec.Type is ChartType.HorizontalBar or ChartType.Range;
        // Tick labels stay plain text: plotly turns <b> into style attributes, which the site's CSP refuses.
        // Long labels wrap (plotly's <br> makes tspans, no style attribute), so phones keep a plot area.
        var categoryAxis = Axis(spec.XTitle, StyleParam.AxisType.Category, PlotlyFunctions.LinearAxisStyle(
            TickVals: data.Categories.ToArray(),
            TickText: data.Categories.Any(c => c.Length > WrapAt) ? data.Categories.Select(c => Wrap(c)).ToArray() : null,
            AutoRange: categoriesOnY ? StyleParam.AutoRange.Reversed : null));
        // A vertical value axis is named above the plot, level with its top tick, as data desks do:
        // a rotated title is hard to read and steals width on phones.
        var titleAbove = !categoriesOnY && spec.Type != ChartType.Scatter;
        // Few, faint gridlines on the value axis only: every mark carries its own label. Ticks are
        // written like the page's values: never SI letters ("500k" beside "500,000"), thousands grouped
        // (with the layout's separators: "2,000", "2 000"), and a percent axis's sign on each tick
        // ("2%", "2 %"), so its title needs no "(%)".
        var valueAxis = Axis(titleAbove ? null : spec.YTitle, spec.LogAxis ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear, PlotlyFunctions.LinearAxisStyle(
            GridColor: PlotlyColor.fromString(ChartPalette.Grid),
            NTicks: 5,
            ShowLine: false,
            RangeMode: spec.LogAxis ? null : StyleParam.RangeMode.ToZero,
            ExponentFormat: StyleParam.ExponentFormat.None,
            SeparateThousands: true,
            TickSuffix: data.Series.All(s => s.Column.Type == ColumnType.Percent) ? format.PercentSuffix : null));
        var (xAxis, yAxis) = spec.Type == ChartType.Scatter
            ? (Axis(spec.XTitle ?? spec.CategoryColumn!.Label.Get(language, language), StyleParam.AxisType.Linear, PlotlyFunctions.LinearAxisStyle(
                GridColor: PlotlyColor.fromString(ChartPalette.Grid),
                ExponentFormat: StyleParam.ExponentFormat.None,
                SeparateThousands: true)), valueAxis)
            : categoriesOnY ? (valueAxis, categoryAxis) : (categoryAxis, valueAxis);

        var notes = Annotations(spec, data, categoriesOnY).Concat(DirectLabels(spec, data)).ToList();
        if (titleAbove && !string.IsNullOrEmpty(spec.YTitle))
        {
            notes.Add(PlotlyFunctions.AnnotationInit(
                Text: Wrap(spec.YTitle, TitleWrapAt), XRef: "paper", YRef: "paper", X: 0, Y: 1,
                XAnchor: StyleParam.XAnchorPosition.Left, YAnchor: StyleParam.YAnchorPosition.Bottom, YShift: 14, ShowArrow: false,
                Align: StyleParam.AnnotationAlignment.Left, Font: LabelFont(size: 12)));
        }

        var layout = PlotlyFunctions.LayoutInit(
            Font: PlotlyFunctions.FontInit(
                Family: StyleParam.FontFamily.NewCustom("system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif"),
                Size: 13,
                Color: PlotlyColor.fromString(ChartPalette.Text)),
            PaperBGColor: PlotlyColor.fromString("rgba(0,0,0,0)"),
            PlotBGColor: PlotlyColor.fromString("rgba(0,0,0,0)"),
            Margin: PlotlyFunctions.MarginInit(Left: 8, Right: right, Top: horizontal ? 24 : 48, Bottom: 8),
            // plotly.js reads its decimal and thousands separators from here (axis ticks): ".," in English,
            // ",\u202F" in French, the same characters as every number the site writes.
            Separators: format.DecimalSeparator + format.GroupSeparator,
            ShowLegend: (bool?)(data.Series.Count > 1 && !directlyLabelled),
            HoverMode: StyleParam.HoverMode.Closest,
            DragMode: StyleParam.DragMode.False,
            BarMode: spec.Type switch { ChartType.GroupedBar => StyleParam.BarMode.Group, ChartType.StackedBar => StyleParam.BarMode.Stack, _ => null },
            Annotations: notes.Count > 0 ? notes : null);
        layout = Layout.setLegend(StyleParam.SubPlotId.NewLegend(1), PlotlyFunctions.LegendInit(Orientation: StyleParam.Orientation.Horizontal, Y: -0.2)).Invoke(layout);
        layout = Layout.setLinearAxis(StyleParam.SubPlotId.NewXAxis(1), xAxis).Invoke(layout);
        layout = Layout.setLinearAxis(StyleParam.SubPlotId.NewYAxis(1), yAxis).Invoke(layout);
        // Vertical bars turn horizontal on narrow screens (charts.js), where their names would collide.
        if (spec.Type is ChartType.Bar or ChartType.GroupedBar or ChartType.StackedBar)
            layout.WithMeta(("turnable", true), ("lines", LabelLines(data, language)));
        return layout;
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

    /// <summary>
    /// An axis with what every axis has (its type, a fixed range: no zooming on a phone's swipe, no
    /// zero line, a faint line) and the <paramref name="options"/> of its kind (a LinearAxis.style).
    /// </summary>
    private static LinearAxis Axis(string? title, StyleParam.AxisType type, FSharpFunc<LinearAxis, LinearAxis> options)
    {
        var axis = PlotlyFunctions.LinearAxisInit(
            AxisType: type,
            FixedRange: true,
            ZeroLine: false,
            LineColor: PlotlyColor.fromString(ChartPalette.Grid),
            Title: string.IsNullOrEmpty(title) ? null : PlotlyFunctions.TitleInit(Text: Wrap(title, TitleWrapAt)));
        return options.Invoke(axis).WithAutoMargin();
    }

    /// <summary>Each line of a multi-series line chart is named just after its last point.</summary>
    private static IEnumerable<Annotation> DirectLabels(ChartSpec spec, ChartData data)
    {
        if (spec.Type != ChartType.Line || data.Series.Count < 2) yield break;
        foreach (var series in data.Series)
        {
            var last = series.Points.LastOrDefault(p => p.Value.IsNumber);
            if (last is null) continue;
            yield return PlotlyFunctions.AnnotationInit(
                X: last.Category,
                Y: Number(last.Value.Kind == ValueKind.Range ? (last.Value.Low + last.Value.High) / 2 : last.Value.Low),
                Text: series.Name,
                ShowArrow: false,
                XAnchor: StyleParam.XAnchorPosition.Left,
                XShift: 10,
                Font: LabelFont());
        }
    }

    private static IEnumerable<Annotation> Annotations(ChartSpec spec, ChartData data, bool categoriesOnY) =>
        spec.Annotations.Select(note =>
        {
            var point = data.Series[0].Points.FirstOrDefault(p => p.Category == note.Category);
            var value = point is null ? 0 : Number(point.Value.Kind == ValueKind.Range ? point.Value.High : point.Value.Low);
            return PlotlyFunctions.AnnotationInit(
                X: categoriesOnY ? (IConvertible)value : note.Category,
                Y: categoriesOnY ? note.Category : (IConvertible)value,
                Text: note.Text,
                ShowArrow: true,
                ArrowHead: StyleParam.ArrowHead.TriangleTall, // plotly's arrowhead 2
                AX: categoriesOnY ? 40 : 0,
                AY: categoriesOnY ? 0 : -36,
                Font: LabelFont());
        });
}
