using System.Net;
using System.Text;
using Site.Localization;

namespace Site.Data;

/// <summary>
/// Writes values for people. Three forms: <see cref="CellHtml"/> for a table cell (the unit is in
/// the header), <see cref="ProseHtml"/> for a sentence (unit, currency and scale in full) and
/// <see cref="PlainText"/> for CSV, search and summaries. Qualifiers are never dropped: "~150" is
/// not "150", and a range is not its midpoint.
/// </summary>
public static class ValueFormatter
{
    public static string Number(decimal value, int decimals, DataColumn column, string language)
    {
        if (column.Type == ColumnType.Year) return value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        return NumberFormat.For(language).Format(value, decimals);
    }

    private static string Numbers(DataValue value, DataColumn column, string language) =>
        value.Kind == ValueKind.Range
            ? Number(value.Low, value.Decimals, column, language) + "–" + Number(value.High, value.Decimals, column, language)
            : Number(value.Low, value.Decimals, column, language);

    /// <summary>A table cell: "~150", "2,000+", "&gt; 500,000", "&lt; 2", "6–8", "n/a"; the qualifier is spelt out for screen readers.</summary>
    public static string CellHtml(DataValue value, DataColumn column, string language)
    {
        var words = ValueWords.For(language);
        switch (value.Kind)
        {
            case ValueKind.Text:
                return WebUtility.HtmlEncode(value.Text!.Get(language, language));
            case ValueKind.NotApplicable:
                return $"<span class=\"na\">{WebUtility.HtmlEncode(words.NotApplicable)}</span>";
        }
        var builder = new StringBuilder();
        if (value.Approximate) builder.Append(Hidden("~", words.ApproximatelyForScreenReaders));
        if (value.Kind == ValueKind.UpperBound) builder.Append(Hidden("&lt;\u00A0", words.LessThanForScreenReaders));
        if (value.Kind == ValueKind.LowerBound && value.Strict) builder.Append(Hidden("&gt;\u00A0", words.MoreThanForScreenReaders));
        builder.Append(Numbers(value, column, language));
        if (value.Kind == ValueKind.LowerBound && !value.Strict) builder.Append(Hidden("+", words.OrMoreForScreenReaders));
        return builder.ToString();
    }

    private static string Hidden(string symbol, string spoken) =>
        $"<span aria-hidden=\"true\">{symbol}</span><span class=\"visually-hidden\">{WebUtility.HtmlEncode(spoken)}</span>";

    /// <summary>A value in a sentence, e.g. "about US$970 million", "at least 2,000 PFLOP/s", "more than 500,000 models", "under 2%".</summary>
    public static string ProseHtml(DataValue value, DataColumn column, string language) =>
        WebUtility.HtmlEncode(PlainText(value, column, language, prose: true));

    /// <summary>
    /// Plain text. With <paramref name="prose"/> the unit, currency and scale are added
    /// ("US$1.8 billion"); without, the bare value as in a table cell ("~150", "6–8").
    /// </summary>
    public static string PlainText(DataValue value, DataColumn column, string language, bool prose)
    {
        var words = ValueWords.For(language);
        switch (value.Kind)
        {
            case ValueKind.Text:
                return value.Text!.Get(language, language);
            case ValueKind.NotApplicable:
                return words.NotApplicable;
        }
        if (!prose)
        {
            var bare = Numbers(value, column, language);
            var before = value.Kind switch
            {
                ValueKind.UpperBound => "< ",
                ValueKind.LowerBound when value.Strict => "> ",
                _ => "",
            };
            return (value.Approximate ? "~" : "") + before + bare + (value.Kind == ValueKind.LowerBound && !value.Strict ? "+" : "");
        }

        var amount = WithUnit(Numbers(value, column, language), column, language);
        var qualified = value.Kind switch
        {
            ValueKind.UpperBound => words.Under + amount,
            ValueKind.LowerBound when value.Strict => words.MoreThan + (value.Approximate ? words.About : "") + amount,
            ValueKind.LowerBound when value.Approximate => words.About + amount + words.OrMore,
            ValueKind.LowerBound => words.AtLeast + amount,
            _ => amount,
        };
        return value.Approximate && value.Kind != ValueKind.LowerBound ? words.About + qualified : qualified;
    }

    private static string WithUnit(string numbers, DataColumn column, string language)
    {
        var words = ValueWords.For(language);
        var scale = column.Scale switch
        {
            Scale.Thousand => " " + words.Thousand,
            Scale.Million => " " + words.Million,
            Scale.Billion => " " + words.Billion,
            _ => "",
        };
        var percent = NumberFormat.For(language).PercentSuffix;
        return column.Type switch
        {
            ColumnType.Money when language == "fr" => numbers + scale + "\u00A0" + ValueWords.CurrencySymbol(column.Currency!),
            ColumnType.Money => ValueWords.CurrencySymbol(column.Currency!) + numbers + scale,
            ColumnType.Percent => numbers + percent,
            ColumnType.Number when column.Unit is { Length: > 0 } unit => numbers + scale + "\u00A0" + unit,
            _ => numbers + scale,
        };
    }

    /// <summary>What a table header adds to a column's label: "(US$ billions)", "(PFLOP/s)", "(%)".</summary>
    public static string? HeaderUnit(DataColumn column, string language)
    {
        var words = ValueWords.For(language);
        var scale = column.Scale switch
        {
            Scale.Thousand => words.Thousands,
            Scale.Million => words.Millions,
            Scale.Billion => words.Billions,
            _ => null,
        };
        return column.Type switch
        {
            ColumnType.Money => ValueWords.CurrencySymbol(column.Currency!).Trim() + (scale is null ? "" : " " + scale),
            ColumnType.Percent => "%",
            ColumnType.Number when column.Unit is { Length: > 0 } unit => scale is null ? unit : scale + ", " + unit,
            ColumnType.Number => scale,
            _ => null,
        };
    }
}
