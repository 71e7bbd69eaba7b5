namespace Site.Formats;

/// <summary>The chart forms a ```chart``` block can ask for.</summary>
public enum ChartType
{
    Bar,
    HorizontalBar,
    GroupedBar,
    StackedBar,
    Line,
    Scatter,
    Range,
}

public static class ChartTypes
{
    public static readonly string[] Names = ["bar", "hbar", "grouped-bar", "stacked-bar", "line", "scatter", "range"];

    public static ChartType? Parse(string name) => Array.IndexOf(Names, name) is var i and >= 0 ? (ChartType)i : null;

    public static string Name(ChartType type) => Names[(int)type];
}
