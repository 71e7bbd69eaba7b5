using System.Net;
using System.Text;
using Site.Localization;

namespace Site.Data;

/// <summary>
/// Writes values for people. Three forms: <see cref="CellHtml"/> for a table cell (the unit is in
/// the header), <see cref="ProseHtml"/> for a sentence (unit, currency and scale in full) and
/// <see cref="PlainText"/> for search, charts and summaries; <see cref="MachineText"/> writes the same
/// value for downloads, in one spelling for every language. Qualifiers are never dropped: "~150" is
/// not "150", and a range is not its midpoint. The words come from <see cref="ValueWords"/>.
/// </summary>
public static class ValueFormatter
{
    public static string Number(decimal value, int decimals, DataColumn column, string language) =>
        Number(value, decimals, column, NumberFormat.For(language));

    private static string Number(decimal value, int decimals, DataColumn column, NumberFormat format)
    {
        if (column.Type == ColumnType.Year) return value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        return format.Format(value, decimals);
    }

    // Ranges are written with an en dash in tables and charts ("6–8", "0,5–1"); French prose writes
    // "3 à 5" instead (a sentence supplies its own "de": "de 0,05 à 0,10 $"), see PlainText.
    // Each end keeps the decimals it was written with ("0.5–1", not "0.5–1.0").
    private static string Numbers(DataValue value, DataColumn column, NumberFormat format, string between = "–")
    {
        var (low, high) = Shown(value, column);
        return value.Kind == ValueKind.Range
            ? Number(low, value.Decimals, column, format) + between + Number(high, value.HighDecimals ?? value.Decimals, column, format)
            : Number(low, value.Decimals, column, format);
    }

    /// <summary>The scale a value is shown in: the column's, or a per-row currency cell's own ("£900M" in millions).</summary>
    private static Scale ShownScale(DataValue value, DataColumn column) => value.Scale ?? column.Scale;

    /// <summary>The value's ends in the scale it is shown in (they are kept in the column's scale).</summary>
    private static (decimal Low, decimal High) Shown(DataValue value, DataColumn column)
    {
        var shown = ShownScale(value, column);
        if (shown == column.Scale) return (value.Low, value.High);
        var factor = ValueParser.ScaleFactor(column.Scale) / ValueParser.ScaleFactor(shown);
        return (value.Low * factor, value.High * factor);
    }

    /// <summary>A money value's currency: its own in a per-row column, else the column's.</summary>
    private static string CurrencyOf(DataValue value, DataColumn column) => value.Currency ?? column.Currency!;

    /// <summary>Whether the amount as shown takes the plural of a scale word (the language file says from what).</summary>
    private static bool Plural(DataValue value, DataColumn column, ValueWords words)
    {
        var (low, high) = Shown(value, column);
        return words.Plural(value.Kind == ValueKind.Range ? high : low);
    }

    /// <summary>" (currency not stated)" after an amount whose source names no currency; "" otherwise.</summary>
    private static string NotStated(DataValue value, ValueWords words) =>
        value.Currency == CellCurrency.Unstated ? " " + words.CurrencyNotStated : "";

    /// <summary>A per-row money cell's amount with its currency and scale ("£900 million", "900 millions £"), which no header can give.</summary>
    private static string CellMoney(string numbers, DataValue value, DataColumn column, ValueWords words) =>
        words.CellMoney(numbers, CurrencyOf(value, column), (int)ShownScale(value, column), Plural(value, column, words));

    /// <summary>
    /// A table cell: "~150", "2,000+", "&gt; 500,000", "&lt; 2", "6–8", "n/a", the signs spelt out for
    /// screen readers; in French the words themselves: "environ 150", "2 000 et plus", "s.o.".
    /// </summary>
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
        if (words.CellsSpellQualifiers) return WebUtility.HtmlEncode(PlainText(value, column, language, prose: false));
        var builder = new StringBuilder();
        if (value.Approximate) builder.Append(Hidden("~", words.ApproximatelyForScreenReaders));
        if (value.Kind == ValueKind.UpperBound) builder.Append(Hidden("&lt;\u00A0", words.LessThanForScreenReaders));
        if (value.Kind == ValueKind.LowerBound && value.Strict) builder.Append(Hidden("&gt;\u00A0", words.MoreThanForScreenReaders));
        var numbers = Numbers(value, column, NumberFormat.For(language));
        builder.Append(WebUtility.HtmlEncode(column.CurrencyPerRow ? CellMoney(numbers, value, column, words) : numbers));
        if (value.Kind == ValueKind.LowerBound && !value.Strict) builder.Append(Hidden("+", words.OrMoreForScreenReaders));
        builder.Append(WebUtility.HtmlEncode(NotStated(value, words)));
        return builder.ToString();
    }

    private static string Hidden(string symbol, string spoken) =>
        $"<span aria-hidden=\"true\">{symbol}</span><span class=\"visually-hidden\">{WebUtility.HtmlEncode(spoken)}</span>";

    /// <summary>A value in a sentence, e.g. "about US$970 million", "at least 2,000 PFLOP/s", "more than 500,000 models", "under 2%".</summary>
    public static string ProseHtml(DataValue value, DataColumn column, string language) =>
        WebUtility.HtmlEncode(PlainText(value, column, language, prose: true));

    /// <summary>
    /// A value on a key-figure card, where a phone gives it one short line: as <see cref="ProseHtml"/>,
    /// but French money after a scale word takes the symbol ("2,5 milliards $", not "… de dollars canadiens").
    /// </summary>
    public static string CompactHtml(DataValue value, DataColumn column, string language) =>
        WebUtility.HtmlEncode(PlainText(value, column, language, prose: true, compact: true));

    /// <summary>
    /// Plain text. With <paramref name="prose"/> the unit, currency and scale are added
    /// ("US$1.8 billion", "1,8 milliard de dollars US"); without, the bare value as in a
    /// table cell ("~150", "6–8"; "environ 150").
    /// </summary>
    public static string PlainText(DataValue value, DataColumn column, string language, bool prose, bool compact = false)
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
            var bare = Numbers(value, column, NumberFormat.For(language));
            return Bare(value, column.CurrencyPerRow ? CellMoney(bare, value, column, words) : bare, words) + NotStated(value, words);
        }
        // Running text writes a range as the language does (French "0,05 à 0,10", OQLF); the dash stays in tables and charts.
        var numbers = Numbers(value, column, NumberFormat.For(language), words.RangeInProse);
        var amount = WithUnit(numbers, value, column, language, compact);
        var about = value.Approximate ? words.About : "";
        return words.Elide(value.Kind switch
        {
            // "about under 2%", or after the bound: "moins d’environ 2 %".
            ValueKind.UpperBound => words.AboutFirst ? about + words.Under + amount : words.Under + about + amount,
            ValueKind.LowerBound when value.Strict => words.MoreThan + about + amount,
            ValueKind.LowerBound when value.Approximate => words.About + amount + words.OrMore,
            ValueKind.LowerBound => words.AtLeast + amount,
            _ => about + amount,
        }) + NotStated(value, words);
    }

    /// <summary>
    /// A value's label on a chart: short, with its sign or unit where the axis does not give it, and a
    /// bound in words so it is not read as a value. "3.5%", "US$1.8B", "~150", "at least 2,000",
    /// "under 2%", "6–8"; French "3,5 %", "1,8 G$ US", "environ 150", "au moins 2 000", "moins de 2 %".
    /// A number column's unit is added with <paramref name="withUnit"/> (when no single axis title says it).
    /// </summary>
    public static string ChartLabel(DataValue value, DataColumn column, string language, bool withUnit)
    {
        if (!value.IsNumber) return PlainText(value, column, language, prose: false);
        var words = ValueWords.For(language);
        var format = NumberFormat.For(language);
        var numbers = Numbers(value, column, format);
        var plural = Plural(value, column, words);
        var amount = column.Type switch
        {
            ColumnType.Percent => numbers + format.PercentSuffix,
            ColumnType.Money => words.ShortMoney(numbers, CurrencyOf(value, column), (int)ShownScale(value, column)),
            ColumnType.Number => words.Quantity(numbers, (int)column.Scale, withUnit ? column.Unit?.Get(language, language) : null, plural),
            _ => numbers,
        };
        var about = value.Approximate ? words.CellAbout : "";
        return words.Elide(value.Kind switch
        {
            ValueKind.UpperBound => words.Under + amount,
            ValueKind.LowerBound when value.Strict => words.MoreThan + about + amount,
            ValueKind.LowerBound when value.Approximate => about + amount + words.OrMore,
            ValueKind.LowerBound => words.AtLeast + amount,
            _ => about + amount,
        });
    }

    /// <summary>The bare value with its qualifier, as a table cell shows it (signs in English, words in French).</summary>
    private static string Bare(DataValue value, string numbers, ValueWords words)
    {
        var before = value.Kind switch
        {
            ValueKind.UpperBound => words.CellUnder,
            ValueKind.LowerBound when value.Strict => words.CellMoreThan,
            _ => "",
        };
        var after = value.Kind == ValueKind.LowerBound && !value.Strict ? words.CellOrMore : "";
        // English puts "~" first ("~> 500,000"); French says "plus d’environ 500 000".
        var text = words.AboutFirst
            ? (value.Approximate ? words.CellAbout : "") + before + numbers + after
            : before + (value.Approximate ? words.CellAbout : "") + numbers + after;
        return words.Elide(text);
    }

    /// <summary>
    /// The value for downloads (CSV), the same in every language: dot decimal, no grouping, the
    /// qualifier as the content format writes it ("~150", "5000+", "> 500000", "< 2", "6–8", "N/A"),
    /// so a spreadsheet in any locale reads the same digits and the file reads back as a table cell.
    /// </summary>
    public static string MachineText(DataValue value, DataColumn column, string language)
    {
        switch (value.Kind)
        {
            case ValueKind.Text:
                return value.Text!.Get(language, language);
            case ValueKind.NotApplicable:
                return "N/A";
        }
        // A per-row currency cell is written in the column's scale here, like every other row, so the
        // column reads as one set of numbers; its currency goes in a field of its own (DataExport).
        if (value.Scale is not null) value = value with { Scale = null, Decimals = DecimalsOf(value.Low), HighDecimals = DecimalsOf(value.High) };
        return Bare(value, Numbers(value, column, NumberFormat.Machine), MachineWords);
    }

    private static int DecimalsOf(decimal value) => (value / 1.000000000000000000000000000000000m).Scale;

    /// <summary>The currency of a money cell for downloads: its ISO code, or "" where the source names none (and for n/a).</summary>
    public static string MachineCurrency(DataValue value, DataColumn column) =>
        !value.IsNumber || value.Currency == CellCurrency.Unstated ? "" : CurrencyOf(value, column);

    /// <summary>The qualifiers of downloads, as the content format writes them ("~150", "5000+", "&gt; 500000", "&lt; 2"): part of the format, not of a language.</summary>
    private static readonly ValueWords MachineWords = new()
    {
        About = "", AtLeast = "", MoreThan = "", Under = "", OrMore = "", NotApplicable = "N/A",
        ApproximatelyForScreenReaders = "", OrMoreForScreenReaders = "", MoreThanForScreenReaders = "", LessThanForScreenReaders = "",
        CellsSpellQualifiers = false, CellAbout = "~", CellOrMore = "+", CellMoreThan = "> ", CellUnder = "< ",
        AboutFirst = true, RangeInProse = "–", PluralAboveOne = false, Scales = [],
        Quantities = new("", "", ""), MoneyForms = new("", "", "", "", "", "", ""), CurrencyNotStated = "", CurrencyField = "", Currencies = new Dictionary<string, CurrencyWords>(),
        OtherCurrency = new("", "", null), ElidedWords = [], Vowels = "",
    };

    private static string WithUnit(string numbers, DataValue value, DataColumn column, string language, bool compact = false)
    {
        var words = ValueWords.For(language);
        var scale = (int)ShownScale(value, column);
        // French million and milliard are plural from 2 ("1,8 milliard", "0,5–1 million", "2–5 millions"); the language file says.
        var plural = Plural(value, column, words);
        return column.Type switch
        {
            ColumnType.Money => words.Money(numbers, CurrencyOf(value, column), scale, plural, compact),
            ColumnType.Percent => numbers + NumberFormat.For(language).PercentSuffix,
            ColumnType.Number => words.Quantity(numbers, scale, column.Unit?.Get(language, language), plural),
            _ => numbers,
        };
    }

    /// <summary>What a table header adds to a column's label: "(US$ billions)", "(PFLOP/s)", "(%)"; in French "(milliards de dollars US)".</summary>
    public static string? HeaderUnit(DataColumn column, string language)
    {
        var words = ValueWords.For(language);
        var scale = (int)column.Scale;
        var unit = column.Unit?.Get(language, language);
        return column.Type switch
        {
            // Each cell of a per-row column carries its currency and scale ("£900 million"), so the header adds nothing.
            ColumnType.Money when column.CurrencyPerRow => null,
            ColumnType.Money => words.MoneyHeader(column.Currency!, scale),
            ColumnType.Percent => "%",
            ColumnType.Number when unit is { Length: > 0 } || scale > 0 => words.QuantityHeader(scale, unit is { Length: > 0 } ? unit : null),
            _ => null,
        };
    }
}
