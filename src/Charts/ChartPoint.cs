using Site.Data;

namespace Site.Charts;

/// <summary>One value of one series at one category, with the column that says how to write it.</summary>
public sealed record ChartPoint(string Category, DataValue Value, DataColumn Column, string? Note = null)
{
    /// <summary>A position to sort by; ranges sort by their middle, but are never drawn there.</summary>
    public decimal SortKey => Value.Kind == ValueKind.Range ? (Value.Low + Value.High) / 2 : Value.Low;
}

/// <summary>A named series of points, in category order.</summary>
public sealed record ChartSeries(string Name, DataColumn Column, IReadOnlyList<ChartPoint> Points);
