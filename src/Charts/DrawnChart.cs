namespace Site.Charts;

/// <summary>
/// One chart a page's body drew, as its embed page needs it: its element id (the anchor on the page
/// and the last segment of its embed's address), title, summary (its text alternative), the table
/// it draws (whose dates a citation of it takes), its figure's HTML without the Embed view, and its
/// first series' values in drawing order (low ends; the highlighted one's index, else -1), which its
/// embed's social card draws as bars.
/// </summary>
public sealed record DrawnChart(string Id, string Title, string Summary, string TableId, string FigureHtml, IReadOnlyList<double> Bars, int Highlight)
{
    public static (List<double> Bars, int Highlight) BarsOf(ChartSpec spec, ChartData data)
    {
        var bars = new List<double>();
        var highlight = -1;
        foreach (var point in data.Series.FirstOrDefault()?.Points ?? [])
        {
            if (!point.Value.IsNumber) continue;
            if (spec.Highlight is not null && point.Category == spec.Highlight) highlight = bars.Count;
            bars.Add((double)point.Value.Low);
        }
        return (bars, highlight);
    }
}
