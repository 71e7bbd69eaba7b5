using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;

namespace Site.Charts.Plotly;

/// <summary>
/// The plotly.js properties our figures need that Plotly.NET 6.0.0's typed API has no form for,
/// set by their plotly.js names (the only untyped writes; everything else goes through
/// <see cref="PlotlyFunctions"/>). Each one and why:
/// <list type="bullet">
/// <item><c>meta</c> as an object (<c>{"roles": […]}</c> on traces, <c>{"turnable": true, "lines": 2}</c> on the
/// layout, read by charts.js): Trace2DStyle's and Layout.init's <c>Meta</c> take a string only.</item>
/// <item><c>shadow</c> on a font (the labels' halo): Font.init has Family, Size and Color only.</item>
/// <item>a bar trace's <c>base</c> as one value per bar, null for bars from zero (ranges float): Trace2DStyle.Bar's
/// <c>Base</c> is a single value.</item>
/// <item>an axis's <c>automargin: true</c>: LinearAxis.init's <c>AutoMargin</c> takes side flags only
/// (TickAutoMargin), never plain true.</item>
/// <item>a marker's <c>symbol</c> per point, by name: Marker.init's <c>MultiSymbol</c> writes plotly's number codes
/// ("5" for triangle-up), which plotly.js draws alike but charts.js cannot read when it turns a bar chart on a
/// phone (triangle-up becomes triangle-right). <c>MarkerSymbol.convert</c> gives the codes too.</item>
/// </list>
/// </summary>
internal static class UntypedProperties
{
    /// <summary>The object plotly.js keeps as <c>meta</c> for our script (charts.js) to read: its members, in order.</summary>
    public static T WithMeta<T>(this T item, params (string Name, object? Value)[] members) where T : DynamicObj.DynamicObj =>
        // A dictionary, so that Plotly.NET's own JSON (the tests' reference) writes it as an object too; filled once,
        // never removed from, it lists its members in the order added.
        Set(item, "meta", members.ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal));

    /// <summary>One symbol per point, by its plotly.js name ("circle", "triangle-up").</summary>
    public static Marker WithSymbols(this Marker marker, IEnumerable<string> symbols) => Set(marker, "symbol", symbols.ToArray());

    /// <summary>A CSS text-shadow on a font: the halo that keeps labels readable over marks and gridlines.</summary>
    public static Font WithShadow(this Font font, string shadow) => Set(font, "shadow", shadow);

    /// <summary>Where each bar starts: a number for a range's low end, null for a bar from zero.</summary>
    public static Trace2D WithBases(this Trace2D trace, double?[] bases) => Set(trace, "base", bases);

    /// <summary>The axis grows the plot's margins to fit its labels and title.</summary>
    public static LinearAxis WithAutoMargin(this LinearAxis axis) => Set(axis, "automargin", true);

    private static T Set<T>(T item, string name, object value) where T : DynamicObj.DynamicObj
    {
        item.SetProperty(name, value);
        return item;
    }
}
