using Site.Data;
using Site.Formats;

namespace Site.Charts;

/// <summary>The categories and series a chart draws, in drawing order.</summary>
public sealed record ChartData(IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public static ChartData From(ChartSpec spec, string language)
    {
        List<ChartSeries> series;
        if (spec.Row is { } row)
        {
            // One row, several columns: each column is a category (e.g. Canada now, Canada 2027, U.S., EU).
            var points = spec.Series.Select(c => new ChartPoint(c.Label.Get(language, language), row.Cells[c.Id], c)
            {
                Grammar = new CategoryGrammar(true, c.Label.SentenceForm(language), c.Label.Location ?? c.Location),
            }).ToList();
            series = [new ChartSeries(ChartSpecParser.CategoryText(row, spec.Table.KeyColumn, language), spec.Series[0], points)];
        }
        else
        {
            var namedBy = spec.Type == ChartType.Scatter ? spec.Table.KeyColumn : spec.CategoryColumn!;
            series = spec.Series.Select(column => new ChartSeries(
                column.Label.Get(language, language),
                column,
                spec.Rows.Select(r => new ChartPoint(ChartSpecParser.CategoryText(r, namedBy, language), r.Cells[column.Id], column,
                    spec.LabelColumn is { } label ? ChartSpecParser.CategoryText(r, label, language) : null)
                {
                    Grammar = Grammar(r, namedBy, language),
                }).ToList())).ToList();
        }

        var categories = series[0].Points.Select(p => p.Category).ToList();
        if (spec.Sort != SortOrder.None)
        {
            // Sort by the first series; values that do not apply go last.
            var order = series[0].Points
                .Select((point, index) => (point, index))
                .OrderBy(p => p.point.Value.IsNumber ? 0 : 1)
                .ThenBy(p => spec.Sort == SortOrder.Ascending ? p.point.SortKey : -p.point.SortKey)
                .ThenBy(p => p.index)
                .Select(p => p.index)
                .ToList();
            categories = order.Select(i => categories[i]).ToList();
            series = series.Select(s => s with { Points = order.Select(i => s.Points[i]).ToList() }).ToList();
        }
        return new ChartData(categories, series);
    }

    /// <summary>A text category is a name a sentence may need an article for; a year or number is said as written.</summary>
    private static CategoryGrammar Grammar(DataRow row, DataColumn column, string language)
    {
        if (column.IsNumeric) return CategoryGrammar.Number;
        var text = row.Cells[column.Id].Text;
        var asShown = column.NoArticle ? ChartSpecParser.CategoryText(row, column, language) : null;
        return new CategoryGrammar(true, text?.SentenceForm(language) ?? asShown, text?.Location ?? row.Location);
    }

    public bool HasBounds => Series.Any(s => s.Points.Any(p => p.Value.Kind is ValueKind.LowerBound or ValueKind.UpperBound));

    public bool HasRanges => Series.Any(s => s.Points.Any(p => p.Value.Kind == ValueKind.Range));

    public IEnumerable<string> Missing => Series.SelectMany(s => s.Points).Where(p => !p.Value.IsNumber).Select(p => p.Category).Distinct();
}
