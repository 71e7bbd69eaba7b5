using System.Globalization;
using Site.Data;
using Site.Localization;

namespace Site.Charts;

/// <summary>
/// A paragraph that says what the chart shows, generated from the data so it is always true:
/// the largest and smallest values, where the highlighted category stands and the gap to the top,
/// or for a line over time, where it started and ended. Screen readers and readers without
/// JavaScript get the point of the chart from it.
/// </summary>
public static class ChartSummary
{
    public static string Write(ChartSpec spec, ChartData data, string language)
    {
        var words = ChartWords.For(language);
        var sentences = new List<string>();
        foreach (var series in data.Series.Take(3))
        {
            var points = series.Points.Where(p => p.Value.IsNumber).ToList();
            if (points.Count == 0) continue;
            string Prose(ChartPoint p) => ValueFormatter.PlainText(p.Value, p.Column, language, prose: true);
            var prefix = data.Series.Count > 1 ? series.Name + GeneratedText.For(language).Colon : "";

            if (spec.Type == ChartType.Line && points.Count >= 2)
            {
                sentences.Add(prefix + string.Format(CultureInfo.InvariantCulture, words.WentFrom,
                    points[0].Category, points[^1].Category, Lower(series.Name, spec.Row is not null), Prose(points[0]), Prose(points[^1])));
                continue;
            }

            var ranked = points.OrderByDescending(p => p.SortKey).ToList();
            var sentence = string.Format(CultureInfo.InvariantCulture, words.Largest, ranked[0].Category, Prose(ranked[0]));
            if (ranked.Count > 1)
                sentence += ", " + string.Format(CultureInfo.InvariantCulture, words.Smallest, ranked[^1].Category, Prose(ranked[^1]));
            sentences.Add(prefix + sentence + ".");

            var highlight = spec.Highlight is null ? null : ranked.FirstOrDefault(p => p.Category == spec.Highlight);
            if (highlight is not null && highlight != ranked[0] && highlight != ranked[^1])
            {
                var position = ranked.IndexOf(highlight) + 1;
                sentences.Add(string.Format(CultureInfo.InvariantCulture, words.Ranks, highlight.Category, words.Ordinal(position, language), ranked.Count, Prose(highlight)) + ".");
            }
            // The gap, only between two single values (a ratio of ranges or bounds would claim too much).
            if (highlight is not null && highlight != ranked[0] && IsPlain(ranked[0].Value) && IsPlain(highlight.Value) && highlight.Value.Low > 0)
            {
                var ratio = ranked[0].Value.Low / highlight.Value.Low;
                var rounded = ratio >= 10 ? Math.Round(ratio) : Math.Round(ratio, 1);
                sentences.Add(string.Format(CultureInfo.InvariantCulture, words.TimesLarger, NumberFormat.For(language).Format(rounded, rounded == Math.Round(rounded) ? 0 : 1), highlight.Category));
            }
        }
        var missing = data.Missing.ToList();
        if (missing.Count > 0) sentences.Add(string.Format(CultureInfo.InvariantCulture, words.NoValue, string.Join(", ", missing)));
        // French: "est passé de environ 3 %" → "est passé d’environ 3 %".
        return ValueWords.For(language).Elide(string.Join(" ", sentences));
    }

    private static bool IsPlain(DataValue value) => value.Kind == ValueKind.Exact;

    private static string Lower(string name, bool isRowKey) => isRowKey || name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
