using Site.Data;
using Site.Diagnostics;
using Site.Localization;
using Xunit;

namespace Site.Tests;

/// <summary>The article's ways of writing numbers, parsed and written back for people.</summary>
public sealed class ValueParserTests
{
    private static readonly SourceFile File = new("/x.yml", "x.yml", "x.yml", "");

    private static DataColumn Column(ColumnType type, string? currency = null, Scale scale = Scale.One, string? unit = null) =>
        new("c", LocalizedText.Plain("en", "C"), type, unit is null ? null : LocalizedText.Plain("en", unit), currency, scale, false, null, null, File.At(1, 1));

    [Theory]
    [InlineData("150", ValueKind.Exact, false, "150", "150", "150")]
    [InlineData("~150", ValueKind.Exact, true, "150", "150", "~150")]
    [InlineData("5,000+", ValueKind.LowerBound, false, "5000", "5000", "5,000+")]
    [InlineData("over 5000", ValueKind.LowerBound, false, "5000", "5000", "> 5,000")]
    [InlineData("more than 500,000", ValueKind.LowerBound, false, "500000", "500000", "> 500,000")]
    [InlineData("~5,000+", ValueKind.LowerBound, true, "5000", "5000", "~5,000+")]
    [InlineData("< 2", ValueKind.UpperBound, false, "2", "2", "< 2")]
    [InlineData("6-8", ValueKind.Range, false, "6", "8", "6–8")]
    [InlineData("6–8", ValueKind.Range, false, "6", "8", "6–8")]
    [InlineData("8,000 to 16,000", ValueKind.Range, false, "8000", "16000", "8,000–16,000")]
    [InlineData("1.80", ValueKind.Exact, false, "1.80", "1.80", "1.80")]
    [InlineData("N/A", ValueKind.NotApplicable, false, "0", "0", "n/a")]
    // Multipliers (docs/content-format.md, Values): the number they name, never a silent 2.1.
    [InlineData("2.1k", ValueKind.Exact, false, "2100", "2100", "2,100")]
    [InlineData("2.1K", ValueKind.Exact, false, "2100", "2100", "2,100")]
    [InlineData("3M", ValueKind.Exact, false, "3000000", "3000000", "3,000,000")]
    [InlineData("1.5bn", ValueKind.Exact, false, "1500000000", "1500000000", "1,500,000,000")]
    [InlineData("2.1 thousand", ValueKind.Exact, false, "2100", "2100", "2,100")]
    public void Numbers(string written, ValueKind kind, bool approximate, string low, string high, string bare)
    {
        var column = Column(ColumnType.Number);
        var outcome = ValueParser.Parse(written, column);
        Assert.Null(outcome.Error);
        var value = outcome.Value!;
        Assert.Equal(kind, value.Kind);
        Assert.Equal(approximate, value.Approximate);
        Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), value.Low);
        Assert.Equal(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), value.High);
        Assert.Equal(bare, ValueFormatter.PlainText(value, column, "en", prose: false));
    }

    [Theory]
    [InlineData("2.1x")]
    [InlineData("3 mil")]
    [InlineData("2.1kk")]
    public void A_number_with_an_unknown_suffix_is_an_error_not_a_number(string written)
    {
        var outcome = ValueParser.Parse(written, Column(ColumnType.Number));
        Assert.Equal("is not a number; write e.g. 150, 1.8, 5,000, ~150, 5,000+, under 2, 6-8 or N/A", outcome.Error);
    }

    [Theory]
    [InlineData("$1.8B", "USD", Scale.Billion, "US$1.8 billion")]
    [InlineData("~$970M", "USD", Scale.Million, "about US$970 million")]
    [InlineData("$500k-$1M CAD", "CAD", Scale.Million, "C$0.5–1 million")]
    [InlineData("$0.15-$0.30", "CAD", Scale.One, "C$0.15–0.30")]
    [InlineData("£900M", "GBP", Scale.Million, "£900 million")]
    [InlineData("€5B", "EUR", Scale.Billion, "€5 billion")]
    [InlineData("40", "USD", Scale.Billion, "US$40 billion")]
    [InlineData("2.5 CAD", "CAD", Scale.Billion, "C$2.5 billion")]
    public void Money_converts_multipliers_to_the_column_scale_and_names_its_currency(string written, string currency, Scale scale, string prose)
    {
        var column = Column(ColumnType.Money, currency, scale);
        var outcome = ValueParser.Parse(written, column);
        Assert.Null(outcome.Error);
        Assert.Equal(prose, ValueFormatter.PlainText(outcome.Value!, column, "en", prose: true));
    }

    [Theory]
    [InlineData("3.5%", "3.5%")]
    [InlineData("under 2%", "under 2%")]
    [InlineData("~3.5", "about 3.5%")]
    public void Percent(string written, string prose)
    {
        var column = Column(ColumnType.Percent);
        Assert.Equal(prose, ValueFormatter.PlainText(ValueParser.Parse(written, column).Value!, column, "en", prose: true));
    }

    [Theory]
    [InlineData(ColumnType.Number, null, "£5", "has a currency ('£') but column 'c' is of type number; make its type money with a currency")]
    [InlineData(ColumnType.Money, "USD", "€5", "is written in '€' but column 'c' holds USD; convert it, put it in a column of its own currency, or make the column's currency per-row")]
    [InlineData(ColumnType.Money, "CAD", "5 USD", "is written in 'USD' but column 'c' holds CAD; convert it, put it in a column of its own currency, or make the column's currency per-row")]
    [InlineData(ColumnType.Number, null, "5%", "has a percent sign but column 'c' is of type number; make its type percent")]
    [InlineData(ColumnType.Number, null, "1,00", "is not a number; write e.g. 150, 1.8, 5,000, ~150, 5,000+, under 2, 6-8 or N/A")]
    [InlineData(ColumnType.Number, null, "8-6", "is a range whose low end is above its high end")]
    [InlineData(ColumnType.Number, null, "~6-8+", "cannot be both a range and a bound; write '6-8' or '8+', not both")]
    [InlineData(ColumnType.Year, null, "2025.5", "is not a year; write e.g. 2025, 2025-2027 or N/A")]
    [InlineData(ColumnType.Number, null, "", "is empty; write a number, or N/A where nothing applies")]
    [InlineData(ColumnType.Number, null, "+", "has a qualifier (~, <, >, +) but no number; write e.g. ~150, 5,000+ or under 2")]
    [InlineData(ColumnType.Number, null, "~", "has a qualifier (~, <, >, +) but no number; write e.g. ~150, 5,000+ or under 2")]
    [InlineData(ColumnType.Number, null, "over 5,000+", "has two bounds; write '5,000+' (at least) or 'over 5,000' (more than), not both")]
    [InlineData(ColumnType.Number, null, "<", "has a qualifier (~, <, >, +) but no number; write e.g. ~150, 5,000+ or under 2")]
    public void Mistakes_are_explained(ColumnType type, string? currency, string written, string error)
    {
        Assert.Equal(error, ValueParser.Parse(written, Column(type, currency)).Error);
    }

    /// <summary>"5,000+" is at least 5,000; "over 500,000" is more than 500,000 (the article's words), everywhere.</summary>
    [Theory]
    [InlineData("2,000+", "at least 2,000\u00A0models", "2,000<span aria-hidden=\"true\">+</span><span class=\"visually-hidden\"> or more</span>")]
    [InlineData("over 500,000", "more than 500,000\u00A0models", "<span aria-hidden=\"true\">&gt;\u00A0</span><span class=\"visually-hidden\">more than </span>500,000")]
    [InlineData("more than 500,000", "more than 500,000\u00A0models", "<span aria-hidden=\"true\">&gt;\u00A0</span><span class=\"visually-hidden\">more than </span>500,000")]
    [InlineData("~over 500,000", "more than about 500,000\u00A0models", "<span aria-hidden=\"true\">~</span><span class=\"visually-hidden\">approximately </span><span aria-hidden=\"true\">&gt;\u00A0</span><span class=\"visually-hidden\">more than </span>500,000")]
    public void Lower_bounds_say_at_least_or_more_than_as_written(string written, string prose, string cell)
    {
        var models = Column(ColumnType.Number, unit: "models");
        var value = ValueParser.Parse(written, models).Value!;
        Assert.Equal(prose, ValueFormatter.PlainText(value, models, "en", prose: true));
        Assert.Equal(cell, ValueFormatter.CellHtml(value, models, "en"));
    }

    [Fact]
    public void Units_and_scales_appear_in_prose_and_headers()
    {
        var compute = Column(ColumnType.Number, unit: "PFLOP/s");
        Assert.Equal("at least 2,000\u00A0PFLOP/s", ValueFormatter.PlainText(ValueParser.Parse("2,000+", compute).Value!, compute, "en", prose: true));
        Assert.Equal("PFLOP/s", ValueFormatter.HeaderUnit(compute, "en"));
        Assert.Equal("US$ billions", ValueFormatter.HeaderUnit(Column(ColumnType.Money, "USD", Scale.Billion), "en"));
        Assert.Equal("%", ValueFormatter.HeaderUnit(Column(ColumnType.Percent), "en"));
    }

    [Theory]
    [InlineData("en", 5000, 0, "5,000")]
    [InlineData("en", 1234567.891, 2, "1,234,567.89")]
    [InlineData("en", 2025, 0, "2,025")]
    [InlineData("fr", 5000, 0, "5\u202F000")]
    [InlineData("fr", 2025, 0, "2\u202F025")]
    [InlineData("fr", 15000, 0, "15\u202F000")]
    [InlineData("fr", 1.8, 1, "1,8")]
    [InlineData("en", -3.5, 1, "−3.5")]
    public void Number_formats_do_not_depend_on_the_machine(string language, double value, int decimals, string expected)
    {
        Assert.Equal(expected, NumberFormat.For(language).Format((decimal)value, decimals));
    }
}
