using Site.Data;
using Site.Diagnostics;
using Site.Localization;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Every kind of value in Canadian English and Canadian French, in each form the site writes:
/// a table cell, a sentence, a table header's unit, and the download's machine text.
/// French: U+202F between thousands, decimal comma, U+00A0 before % and $ and between a number and its unit.
/// </summary>
public sealed class ValueFormattingTests
{
    private const string Nbsp = "\u00A0", Thin = "\u202F";

    private static readonly SourceFile File = new("/x.yml", "x.yml", "x.yml", "");

    private static DataColumn Column(ColumnType type, string? currency = null, Scale scale = Scale.One, string? unitEn = null, string? unitFr = null)
    {
        LocalizedText? unit = unitEn is null ? null
            : unitFr is null ? LocalizedText.Plain("en", unitEn)
            : new LocalizedText(new Dictionary<string, string> { ["en"] = unitEn, ["fr"] = unitFr });
        return new("c", LocalizedText.Plain("en", "C"), type, unit, currency, scale, false, null, null, File.At(1, 1));
    }

    private static DataValue Parse(string written, DataColumn column)
    {
        var outcome = ValueParser.Parse(written, column);
        Assert.Null(outcome.Error);
        return outcome.Value!;
    }

    public static TheoryData<string, DataColumn, string, string> Cells => new()
    {
        // written, column, English cell, French cell
        { "150", Column(ColumnType.Number, unitEn: "PFLOP/s"), "150", "150" },
        { "5000", Column(ColumnType.Number), "5,000", "5" + Thin + "000" },
        { "1200000", Column(ColumnType.Number), "1,200,000", "1" + Thin + "200" + Thin + "000" },
        { "1.80", Column(ColumnType.Number), "1.80", "1,80" },
        { "~150", Column(ColumnType.Number), "~150", "environ 150" },
        { "5,000+", Column(ColumnType.Number), "5,000+", "5" + Thin + "000 et plus" },
        { "over 500,000", Column(ColumnType.Number), "> 500,000", "plus de 500" + Thin + "000" },
        { "~5,000+", Column(ColumnType.Number), "~5,000+", "environ 5" + Thin + "000 et plus" },
        { "~over 500", Column(ColumnType.Number), "~> 500", "plus d’environ 500" },
        { "under 2", Column(ColumnType.Percent), "< 2", "moins de 2" },
        { "3.5", Column(ColumnType.Percent), "3.5", "3,5" },
        { "6-8", Column(ColumnType.Number), "6–8", "6–8" },
        { "~6-8", Column(ColumnType.Number), "~6–8", "environ 6–8" },
        { "8,000-16,000", Column(ColumnType.Number), "8,000–16,000", "8" + Thin + "000–16" + Thin + "000" },
        { "N/A", Column(ColumnType.Number), "n/a", "s.o." },
        { "$1.8B", Column(ColumnType.Money, "USD", Scale.Billion), "1.8", "1,8" },
        { "$0.15-$0.30", Column(ColumnType.Money, "CAD"), "0.15–0.30", "0,15–0,30" },
        { "2025", Column(ColumnType.Year), "2025", "2025" },
    };

    [Theory, MemberData(nameof(Cells))]
    public void Table_cells(string written, DataColumn column, string english, string french)
    {
        var value = Parse(written, column);
        Assert.Equal(english, ValueFormatter.PlainText(value, column, "en", prose: false));
        Assert.Equal(french, ValueFormatter.PlainText(value, column, "fr", prose: false));
    }

    public static TheoryData<string, DataColumn, string, string> Prose => new()
    {
        // written, column, English sentence form, French sentence form
        { "150", Column(ColumnType.Number, unitEn: "PFLOP/s"), "150" + Nbsp + "PFLOP/s", "150" + Nbsp + "PFLOP/s" },
        { "~150", Column(ColumnType.Number, unitEn: "PFLOP/s"), "about 150" + Nbsp + "PFLOP/s", "environ 150" + Nbsp + "PFLOP/s" },
        { "2,000+", Column(ColumnType.Number, unitEn: "PFLOP/s"), "at least 2,000" + Nbsp + "PFLOP/s", "au moins 2" + Thin + "000" + Nbsp + "PFLOP/s" },
        { "over 500,000", Column(ColumnType.Number, unitEn: "models", unitFr: "modèles"), "more than 500,000" + Nbsp + "models", "plus de 500" + Thin + "000" + Nbsp + "modèles" },
        { "~5,000+", Column(ColumnType.Number), "about 5,000 or more", "environ 5" + Thin + "000 ou plus" },
        { "~over 500", Column(ColumnType.Number), "more than about 500", "plus d’environ 500" },
        { "under 2%", Column(ColumnType.Percent), "under 2%", "moins de 2" + Nbsp + "%" },
        { "3.5%", Column(ColumnType.Percent), "3.5%", "3,5" + Nbsp + "%" },
        { "~3.5", Column(ColumnType.Percent), "about 3.5%", "environ 3,5" + Nbsp + "%" },
        { "3-5", Column(ColumnType.Number, unitEn: "years", unitFr: "ans"), "3–5" + Nbsp + "years", "3 à 5" + Nbsp + "ans" },
        { "N/A", Column(ColumnType.Percent), "n/a", "s.o." },
        { "$1.8B", Column(ColumnType.Money, "USD", Scale.Billion), "US$1.8 billion", "1,8" + Nbsp + "milliard de dollars US" },
        { "2.5", Column(ColumnType.Money, "CAD", Scale.Billion), "C$2.5 billion", "2,5" + Nbsp + "milliards de dollars canadiens" },
        { "0.5-1", Column(ColumnType.Money, "CAD", Scale.Million), "C$0.5–1 million", "0,5 à 1" + Nbsp + "million de dollars canadiens" }, // French prose: "de 0,5 à 1 million"; each end keeps its written decimals
        { "2-5", Column(ColumnType.Money, "CAD", Scale.Million), "C$2–5 million", "2 à 5" + Nbsp + "millions de dollars canadiens" },
        { "~$970M", Column(ColumnType.Money, "USD", Scale.Million), "about US$970 million", "environ 970" + Nbsp + "millions de dollars US" },
        { "$5M+", Column(ColumnType.Money, "USD", Scale.Million), "at least US$5 million", "au moins 5" + Nbsp + "millions de dollars US" },
        { "€5B", Column(ColumnType.Money, "EUR", Scale.Billion), "€5 billion", "5" + Nbsp + "milliards d’euros" },
        { "£900M", Column(ColumnType.Money, "GBP", Scale.Million), "£900 million", "900" + Nbsp + "millions de livres sterling" },
        { "$0.15-$0.30", Column(ColumnType.Money, "CAD"), "C$0.15–0.30", "0,15 à 0,30" + Nbsp + "$" + Nbsp + "CA" },
        { "150000", Column(ColumnType.Money, "CAD"), "C$150,000", "150" + Thin + "000" + Nbsp + "$" + Nbsp + "CA" },
        { "1.2", Column(ColumnType.Number, scale: Scale.Billion, unitEn: "dollars"), "1.2 billion" + Nbsp + "dollars", "1,2" + Nbsp + "milliard de dollars" },
        { "70", Column(ColumnType.Number, scale: Scale.Billion, unitEn: "parameters", unitFr: "paramètres"), "70 billion" + Nbsp + "parameters", "70" + Nbsp + "milliards de paramètres" },
        { "70", Column(ColumnType.Number, scale: Scale.Billion), "70 billion", "70" + Nbsp + "milliards" },
        { "2025", Column(ColumnType.Year), "2025", "2025" },
    };

    [Theory, MemberData(nameof(Prose))]
    public void Values_in_sentences(string written, DataColumn column, string english, string french)
    {
        var value = Parse(written, column);
        Assert.Equal(english, ValueFormatter.PlainText(value, column, "en", prose: true));
        Assert.Equal(french, ValueFormatter.PlainText(value, column, "fr", prose: true));
    }

    public static TheoryData<DataColumn, string?, string?> Headers => new()
    {
        { Column(ColumnType.Money, "USD", Scale.Billion), "US$ billions", "milliards de dollars US" },
        { Column(ColumnType.Money, "EUR", Scale.Billion), "€ billions", "milliards d’euros" },
        { Column(ColumnType.Money, "CAD"), "C$", "$" + Nbsp + "CA" },
        { Column(ColumnType.Percent), "%", "%" },
        { Column(ColumnType.Number, unitEn: "PFLOP/s"), "PFLOP/s", "PFLOP/s" },
        { Column(ColumnType.Number, unitEn: "million dollars", unitFr: "millions de dollars"), "million dollars", "millions de dollars" },
        { Column(ColumnType.Number, scale: Scale.Billion, unitEn: "dollars"), "billions, dollars", "milliards de dollars" },
        { Column(ColumnType.Number, scale: Scale.Billion), "billions", "milliards" },
        { Column(ColumnType.Number), null, null },
        { Column(ColumnType.Year), null, null },
    };

    [Theory, MemberData(nameof(Headers))]
    public void Units_in_table_headers(DataColumn column, string? english, string? french)
    {
        Assert.Equal(english, ValueFormatter.HeaderUnit(column, "en"));
        Assert.Equal(french, ValueFormatter.HeaderUnit(column, "fr"));
    }

    [Theory]
    [InlineData("5,000+", "5000+")]
    [InlineData("~150", "~150")]
    [InlineData("~5,000+", "~5000+")]
    [InlineData("over 500,000", "> 500000")]
    [InlineData("under 2", "< 2")]
    [InlineData("8,000-16,000", "8000–16000")]
    [InlineData("1.80", "1.80")]
    [InlineData("N/A", "N/A")]
    public void Downloads_write_one_machine_readable_spelling_in_every_language(string written, string machine)
    {
        var column = Column(ColumnType.Number);
        var value = Parse(written, column);
        Assert.Equal(machine, ValueFormatter.MachineText(value, column, "en"));
        Assert.Equal(machine, ValueFormatter.MachineText(value, column, "fr"));
        // What a download writes reads back as the same value.
        var again = Parse(machine, column);
        Assert.Equal((value.Kind, value.Approximate, value.Strict, value.Low, value.High), (again.Kind, again.Approximate, again.Strict, again.Low, again.High));
    }

    [Fact]
    public void Machine_numbers_use_the_ascii_minus_people_get_the_typographic_one()
    {
        Assert.Equal("-1200.5", NumberFormat.Machine.Format(-1200.5m, 1));
        Assert.Equal("−1,200.5", NumberFormat.For("en").Format(-1200.5m, 1));
        Assert.Equal("−1" + Thin + "200,5", NumberFormat.For("fr").Format(-1200.5m, 1));
    }

    [Fact]
    public void French_cells_show_the_words_and_need_no_hidden_text()
    {
        var column = Column(ColumnType.Number);
        Assert.Equal("environ 150", ValueFormatter.CellHtml(Parse("~150", column), column, "fr"));
        Assert.Equal("<span class=\"na\">s.o.</span>", ValueFormatter.CellHtml(Parse("N/A", column), column, "fr"));
        // English keeps its signs, spelt out for screen readers.
        Assert.Equal("<span aria-hidden=\"true\">~</span><span class=\"visually-hidden\">approximately </span>150", ValueFormatter.CellHtml(Parse("~150", column), column, "en"));
    }

    [Theory]
    [InlineData("plus de environ 5", "plus d’environ 5")]
    [InlineData("milliards de euros", "milliards d’euros")]
    [InlineData("millions de dollars", "millions de dollars")]
    [InlineData("Inde et Égypte", "Inde et Égypte")]
    [InlineData("de un", "d’un")]
    [InlineData("garde ouverte", "garde ouverte")]
    public void French_elides_de_before_a_vowel(string text, string elided) =>
        Assert.Equal(elided, ValueWords.For("fr").Elide(text));

    [Theory]
    [InlineData("2026-06", "June 2026", "juin 2026")]
    [InlineData("2026-06-15", "June 15, 2026", "15 juin 2026")]
    [InlineData("2026-06-01", "June 1, 2026", "1er juin 2026")]
    public void Dates(string iso, string english, string french)
    {
        Assert.Equal(english, GeneratedText.For("en").Date(iso));
        Assert.Equal(french, GeneratedText.For("fr").Date(iso));
    }
}
