using System.Globalization;
using Site.Data;
using Site.Diagnostics;
using Site.Localization;
using Site.Formats;

namespace Site.Charts;

/// <summary>
/// The chart's summary line, generated from the data so it is always true, and its text alternative.
/// One or two sentences per series, by what the chart shows: a series over time says what changed
/// between its first and last value ("down from 3.5% in 2019 to under 2% in 2025"); two values are
/// compared with each other; three or more name the highest and where the highlighted category stands
/// (without one, the lowest). A bound or a range is said as such, and an order that overlapping values
/// do not settle is not claimed. Only the source's figures are quoted: no ratio or sum of our own.
/// The sentence forms are listed in docs/content-format.md ("Chart summaries").
/// </summary>
public static class ChartSummary
{
    /// <param name="diagnostics">Where to warn (CHART010) about a name a French sentence needs with its article; null in tests that only read the text.</param>
    public static string Write(ChartSpec spec, ChartData data, string language, DiagnosticBag? diagnostics = null)
    {
        var words = ChartWords.For(language);
        var overTime = spec.Type == ChartType.Line || (spec.Row is null && spec.CategoryColumn?.Type == ColumnType.Year);
        var several = data.Series.Count > 1;
        var sentences = new List<string>();
        foreach (var series in data.Series.Take(3))
        {
            var points = series.Points.Where(p => p.Value.IsNumber).ToList();
            if (points.Count == 0) continue;
            // Several series: each says only its highest, so the summary stays a line or two.
            var said = overTime && points.Count >= 2 ? Change(points, language, words.Named) : Compare(spec, points, language, words, diagnostics, brief: several);
            // Several series: each is introduced by its name after a colon ("Canada now: …").
            sentences.Add(several ? series.Name + GeneratedText.For(language).Colon + said : Contraction.Capitalize(said));
        }
        var missing = data.Missing.ToList();
        if (missing.Count > 0)
        {
            // "No value for U.K." ends once, not "U.K..".
            var said = string.Format(CultureInfo.InvariantCulture, words.Named.NoValue, string.Join(", ", missing));
            sentences.Add(said.EndsWith("..", StringComparison.Ordinal) ? said[..^1] : said);
        }
        return string.Join(" ", sentences);
    }

    private static string Change(List<ChartPoint> points, string language, ChartSentences sentences)
    {
        var (first, last) = (points[0], points[^1]);
        var form = Above(first.Value, last.Value) ? sentences.Fell : Above(last.Value, first.Value) ? sentences.Rose : sentences.Changed;
        return Format(form, language, Prose(first, language), first.Category, Prose(last, language), last.Category);
    }

    private static string Compare(ChartSpec spec, List<ChartPoint> points, string language, ChartWords words, DiagnosticBag? diagnostics, bool brief)
    {
        var ranked = points.OrderByDescending(p => p.SortKey).ToList();
        var highlight = spec.Highlight is null || brief ? null : ranked.FirstOrDefault(p => p.Category == spec.Highlight);

        // The names the sentences will hold; French needs each with its article, else lists them after a colon.
        var named = points.Count switch
        {
            1 => [],
            2 => ranked,
            _ => new[] { ranked[0] }.Concat(brief ? [] : [highlight ?? ranked[^1]]).Concat(Overlapping(ranked[0], ranked)).Distinct().ToList(),
        };
        var missing = words.NamesNeedTheirSentenceForm ? named.Where(p => p.Grammar.IsName && p.Grammar.InSentence is null).ToList() : [];
        foreach (var point in missing)
            if (point.Grammar.At is { } at)
                diagnostics?.Report(at, Codes.CHART010, $"a {LanguageBook.Current.Get(language).EnglishName} chart summary names '{point.Category}' in a sentence: write it as a sentence says it, with its article, under in_sentence (e.g. in_sentence: {{ fr: le Canada }}, {{ fr: l’Arabie saoudite }}), or give its column no_article: true if its names take none (Cohere); until then the summary lists it after a colon");
        var s = missing.Count == 0 ? words.Named : words.Listed;
        string Name(ChartPoint p) => missing.Count == 0 ? p.Grammar.InSentence ?? p.Category : p.Category;
        string Of(ChartPoint p) => missing.Count == 0 ? Contraction.Of(Name(p), language) : p.Category;
        string Value(ChartPoint p) => Prose(p, language);

        if (points.Count == 1) return Format(s.OnlyOne, language, Name(points[0]), Value(points[0]));
        if (points.Count == 2)
        {
            var (a, b) = (ranked[0], ranked[1]);
            if (Above(a.Value, b.Value)) return Format(s.PairHigher, language, Name(a), Name(b), Value(a), Value(b));
            if (Level(a, b))
                return Format(s.PairLevel, language, Name(a), Name(b), Value(a));
            return Format(s.PairOverlap, language, Of(a), Value(a), Of(b), Value(b));
        }

        var top = ranked[0];
        var rival = Overlapping(top, ranked).FirstOrDefault();
        var said = rival is null ? Format(s.Highest, language, Name(top), Value(top))
            : Level(top, rival) ? Format(s.HighestTied, language, Name(top), Name(rival), Value(top))
            : Format(s.HighestOverlaps, language, Name(top), Value(top), Of(rival), Value(rival));
        if (brief) return said;
        // The highlighted category's place, unless the first sentence already named it as the top's rival.
        if (highlight is not null && highlight != top && highlight != rival)
        {
            var settled = ranked.All(p => p == highlight || Above(p.Value, highlight.Value) || Above(highlight.Value, p.Value));
            var position = 1 + ranked.Count(p => p != highlight && Above(p.Value, highlight.Value));
            said += " " + Contraction.Capitalize(!settled ? Format(s.RankUnclear, language, Of(highlight), Value(highlight))
                : position == ranked.Count ? Format(s.Lowest, language, Name(highlight), Value(highlight))
                : Format(s.Ranks, language, Name(highlight), words.Ordinal(position), ranked.Count, Value(highlight)));
        }
        else if (highlight is null && ranked.Take(ranked.Count - 1).All(p => Above(p.Value, ranked[^1].Value)))
            said += " " + Contraction.Capitalize(Format(s.Lowest, language, Name(ranked[^1]), Value(ranked[^1])));
        return said;
    }

    /// <summary>Two exact values that are equal: a tie, not an overlap.</summary>
    private static bool Level(ChartPoint a, ChartPoint b) =>
        a.Value.Kind == ValueKind.Exact && b.Value.Kind == ValueKind.Exact && !a.Value.Approximate && !b.Value.Approximate && a.Value.Low == b.Value.Low;

    /// <summary>The other values that <paramref name="point"/> is not surely above (nor below): their order is not known.</summary>
    private static IEnumerable<ChartPoint> Overlapping(ChartPoint point, List<ChartPoint> all) =>
        all.Where(p => p != point && !Above(point.Value, p.Value) && !Above(p.Value, point.Value));

    /// <summary>
    /// Whether <paramref name="a"/> is surely above <paramref name="b"/>, whatever the true values inside
    /// their ranges and bounds: "at least 20" is above "10–12"; "100–300" is not surely above "50–100".
    /// Approximate values count as the value given.
    /// </summary>
    public static bool Above(DataValue a, DataValue b)
    {
        var (aLow, aOpenBelow) = a.Kind switch
        {
            ValueKind.UpperBound => (decimal.MinValue, false),
            _ => (a.Low, a.Kind == ValueKind.LowerBound && a.Strict),
        };
        var (bHigh, bOpenAbove) = b.Kind switch
        {
            ValueKind.LowerBound => (decimal.MaxValue, false),
            ValueKind.Range => (b.High, false),
            ValueKind.UpperBound => (b.Low, true),
            _ => (b.Low, false),
        };
        if (aLow == decimal.MinValue || bHigh == decimal.MaxValue) return false;
        return aLow > bHigh || (aLow == bHigh && (aOpenBelow || bOpenAbove));
    }

    private static string Prose(ChartPoint point, string language) => ValueFormatter.PlainText(point.Value, point.Column, language, prose: true);

    // French: "de environ 3 %" → "d’environ 3 %" wherever a value follows "de".
    private static string Format(string form, string language, params object[] values) =>
        ValueWords.For(language).Elide(string.Format(CultureInfo.InvariantCulture, form, values));
}
