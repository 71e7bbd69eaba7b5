using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Charts;
using Site.Data;
using Site.Diagnostics;
using Site.Localization;
using Site.Tests.Support;
using Site.Yaml;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Money whose currency changes by row (issue 24.5): a column written <c>currency: per-row</c> reads each
/// cell's currency from the cell, writes it in each language's typography, keeps it in a field of its
/// own in downloads, and refuses to draw two currencies on one axis. The nations page uses it.
/// </summary>
public sealed partial class CurrencyPerRowTests
{
    private const string Nbsp = "\u00A0";
    private const string Thin = "\u202F";

    private static readonly SourceFile File = new("/x.yml", "x.yml", "x.yml", "");

    private static DataColumn PerRow(Scale scale = Scale.Billion) =>
        new("amount", LocalizedText.Plain("en", "Amount"), ColumnType.Money, null, CellCurrency.PerRow, scale, false, null, null, File.At(1, 1));

    private static DataValue Parsed(string written, DataColumn column)
    {
        var outcome = ValueParser.Parse(written, column);
        Assert.Null(outcome.Error);
        return outcome.Value!;
    }

    [Theory]
    // written, currency, low (in the column's billions), English cell, French cell, English prose, French prose
    [InlineData("£900M", "GBP", "0.9", "£900 million", "900" + Nbsp + "millions" + Nbsp + "£", "£900 million", "900" + Nbsp + "millions de livres sterling")]
    [InlineData("€5B", "EUR", "5", "€5 billion", "5" + Nbsp + "milliards" + Nbsp + "€", "€5 billion", "5" + Nbsp + "milliards d’euros")]
    [InlineData("C$2.5B", "CAD", "2.5", "C$2.5 billion", "2,5" + Nbsp + "milliards" + Nbsp + "$" + Nbsp + "CA", "C$2.5 billion", "2,5" + Nbsp + "milliards de dollars canadiens")]
    [InlineData("$2.5B CAD", "CAD", "2.5", "C$2.5 billion", "2,5" + Nbsp + "milliards" + Nbsp + "$" + Nbsp + "CA", "C$2.5 billion", "2,5" + Nbsp + "milliards de dollars canadiens")]
    [InlineData("US$1.8B", "USD", "1.8", "US$1.8 billion", "1,8" + Nbsp + "milliard" + Nbsp + "$" + Nbsp + "US", "US$1.8 billion", "1,8" + Nbsp + "milliard de dollars US")]
    [InlineData("1,200 million GBP", "GBP", "1.2", "£1,200 million", "1" + Thin + "200" + Nbsp + "millions" + Nbsp + "£", "£1,200 million", "1" + Thin + "200" + Nbsp + "millions de livres sterling")]
    [InlineData("~€1B-€1.5B", "EUR", "1", "~€1–1.5 billion", "environ 1–1,5" + Nbsp + "milliard" + Nbsp + "€", "about €1–1.5 billion", "environ 1 à 1,5" + Nbsp + "milliard d’euros")]
    [InlineData("$40B (currency not stated)", CellCurrency.Unstated, "40", "$40 billion (currency not stated)", "40" + Nbsp + "milliards" + Nbsp + "$ (devise non précisée)", "$40 billion (currency not stated)", "40" + Nbsp + "milliards de dollars (devise non précisée)")]
    [InlineData("40B (currency not stated)", CellCurrency.Unstated, "40", "$40 billion (currency not stated)", "40" + Nbsp + "milliards" + Nbsp + "$ (devise non précisée)", "$40 billion (currency not stated)", "40" + Nbsp + "milliards de dollars (devise non précisée)")]
    public void A_cell_carries_its_currency_and_is_written_in_each_languages_typography(string written, string currency, string low, string enCell, string frCell, string enProse, string frProse)
    {
        var column = PerRow();
        var value = Parsed(written, column);
        Assert.Equal(currency, value.Currency);
        Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), value.Low);
        Assert.Equal(enCell, ValueFormatter.PlainText(value, column, "en", prose: false));
        Assert.Equal(frCell, ValueFormatter.PlainText(value, column, "fr", prose: false));
        Assert.Equal(enProse, ValueFormatter.PlainText(value, column, "en", prose: true));
        Assert.Equal(frProse, ValueFormatter.PlainText(value, column, "fr", prose: true));
    }

    [Fact]
    public void A_table_cell_shows_the_currency_and_scale_the_header_cannot_give()
    {
        var column = PerRow();
        static string Cell(DataValue value, DataColumn column, string language) => System.Net.WebUtility.HtmlDecode(ValueFormatter.CellHtml(value, column, language));
        Assert.Null(ValueFormatter.HeaderUnit(column, "en"));
        Assert.Null(ValueFormatter.HeaderUnit(column, "fr"));
        Assert.Equal("£900 million", Cell(Parsed("£900M", column), column, "en"));
        Assert.Equal("<span aria-hidden=\"true\">~</span><span class=\"visually-hidden\">approximately </span>€5 billion",
            Cell(Parsed("~€5B", column), column, "en"));
        Assert.Equal("$40 billion (currency not stated)", Cell(Parsed("$40B (currency not stated)", column), column, "en"));
        Assert.Equal("2,5" + Nbsp + "milliards" + Nbsp + "$" + Nbsp + "CA", Cell(Parsed("C$2.5B", column), column, "fr"));
        Assert.Equal("plus de 2" + Thin + "000" + Nbsp + "$" + Nbsp + "US", Cell(Parsed("over US$2,000", PerRow(Scale.One)), PerRow(Scale.One), "fr"));
    }

    [Theory]
    [InlineData("£900M", "en", "£900M")]
    [InlineData("£900M", "fr", "900" + Nbsp + "M£")]
    [InlineData("C$2.5B", "en", "C$2.5B")]
    [InlineData("C$2.5B", "fr", "2,5" + Nbsp + "G$" + Nbsp + "CA")]
    [InlineData("$40B (currency not stated)", "en", "$40B")]
    public void A_chart_label_is_short_in_the_cells_own_currency(string written, string language, string expected)
    {
        var column = PerRow();
        Assert.Equal(expected, ValueFormatter.ChartLabel(Parsed(written, column), column, language, withUnit: false));
    }

    [Fact]
    public void A_key_figure_card_and_a_sentence_quote_the_cell_in_its_own_scale()
    {
        var column = PerRow();
        Assert.Equal("£900 million", System.Net.WebUtility.HtmlDecode(ValueFormatter.CompactHtml(Parsed("£900M", column), column, "en")));
        Assert.Equal("2,5" + Nbsp + "milliards" + Nbsp + "$", System.Net.WebUtility.HtmlDecode(ValueFormatter.CompactHtml(Parsed("$2.5B CAD", column), column, "fr")));
    }

    [Theory]
    [InlineData("2.5", "names no currency, and column 'amount' takes each row's currency from its cell: write it (e.g. £900M, €5B, C$2.5B, US$1.8B or $2.5B CAD), or write '(currency not stated)' after the amount where the source names none")]
    [InlineData("$40B", "writes '$' but names no currency, and column 'amount' takes each row's currency from its cell: say which dollar (e.g. £900M, €5B, C$2.5B, US$1.8B or $2.5B CAD), or write '(currency not stated)' after the amount where the source names none")]
    [InlineData("£1B-€2B", "mixes '£' and '€' in one cell; write both ends in one currency")]
    [InlineData("£900M EUR", "is written in '£' but ends with EUR; write one currency")]
    [InlineData("£900M (currency not stated)", "names a currency (GBP) and says it is not stated; keep one: the currency, or '(currency not stated)' with a bare '$' or none")]
    public void A_cell_whose_currency_is_missing_ambiguous_or_contradictory_is_DATA004(string written, string error)
    {
        var outcome = ValueParser.Parse(written, PerRow());
        Assert.Equal(error, outcome.Error);
        Assert.Equal(Codes.DATA004, outcome.ErrorCode);
    }

    [Fact]
    public void The_diagnostic_points_at_the_cell()
    {
        const string yaml = """
            title: { en: T }
            source:
              - { title: S }
            columns:
              - { id: country, label: { en: Country }, type: text, key: true }
              - { id: amount, label: { en: Amount }, type: money, currency: per-row, scale: billion }
              - { id: fixed, label: { en: Fixed }, type: money, currency: GBP }
            rows:
              - { country: U.K., amount: "£900M", fixed: 1 }
              - { country: Saudi Arabia, amount: "$40B", fixed: 1 }
              - { country: Nowhere, amount: N/A, fixed: "$1 (currency not stated)" }
            """;
        var diagnostics = new DiagnosticBag();
        DataTableParser.Parse(new SourceFile("/input/data/t.yml", "input/data/t.yml", "input/data/t.yml", yaml), "en", diagnostics);
        Assert.Equal(
        [
            "input/data/t.yml:10:38: error DATA004: value '$40B' in column 'amount' (money, per-row) writes '$' but names no currency, and column 'amount' takes each row's currency from its cell: say which dollar (e.g. £900M, €5B, C$2.5B, US$1.8B or $2.5B CAD), or write '(currency not stated)' after the amount where the source names none",
            "input/data/t.yml:11:45: error DATA001: value '$1 (currency not stated)' in column 'fixed' (money, GBP) says its currency is not stated, but column 'fixed' holds GBP; give such a row a column whose currency is per-row",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    private const string Mixed = """
        title: { en: T }
        source:
          - { title: S }
        columns:
          - { id: country, label: { en: Country }, type: text, key: true }
          - { id: amount, label: { en: Amount }, type: money, currency: per-row, scale: billion }
        rows:
          - { country: U.K., amount: "£900M" }
          - { country: France, amount: "€5B" }
          - { country: Saudi Arabia, amount: "$40B (currency not stated)" }
          - { country: Canada, amount: "C$2.5B" }
          - { country: Ontario, amount: "C$0.5B" }
          - { country: Nowhere, amount: N/A }
        """;

    private static (ChartSpec? Spec, DiagnosticBag Diagnostics) Chart(string block)
    {
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(new SourceFile("/c.yml", "c.yml", "c.yml", Mixed), "en", diagnostics)!;
        Assert.Empty(diagnostics.Sorted());
        var file = new SourceFile("/input/nations.md", "input/nations.md", "input/nations.md", block);
        var map = (YMap)YamlReader.Parse(new YamlReader.Fragment(file, block), Codes.CHART001, diagnostics, out _)!;
        return (ChartSpecParser.Parse(map, new Dictionary<string, DataTable> { ["c"] = table }, "en", diagnostics), diagnostics);
    }

    [Fact]
    public void A_chart_refuses_rows_of_different_currencies_on_one_axis()
    {
        var (spec, diagnostics) = Chart("table: c\ny: amount\n");
        Assert.Null(spec);
        Assert.Equal("input/nations.md:2:4: error CHART011: these rows are in 4 currencies (GBP: U.K.; EUR: France; not stated: Saudi Arabia; CAD: Canada, Ontario), which one value axis cannot hold; draw rows of one currency (rows: [...]), or a column converted to one currency",
            Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public void A_chart_of_rows_that_share_a_currency_is_drawn_with_that_currency_on_its_axis()
    {
        var (spec, diagnostics) = Chart("table: c\ny: amount\nrows: [Canada, Ontario, Nowhere]\n");
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Amount (C$ billions)", spec!.YTitle);
        var (unstated, none) = Chart("table: c\ny: amount\nrows: [Saudi Arabia]\n");
        Assert.Empty(none.Sorted());
        Assert.Equal("Amount ($ billions, currency not stated)", unstated!.YTitle);
    }

    [Fact]
    public void Downloads_keep_the_number_and_its_currency_in_separate_fields()
    {
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(new SourceFile("/input/data/c.yml", "data/c.yml", "data/c.yml", Mixed), "en", diagnostics)!;
        Assert.Equal(
            "Country,Amount (billions),Amount (currency)\r\n" +
            "U.K.,0.9,GBP\r\nFrance,5,EUR\r\nSaudi Arabia,40,\r\nCanada,2.5,CAD\r\nOntario,0.5,CAD\r\nNowhere,N/A,\r\n",
            DataExport.Csv(table, "en"));
        Assert.StartsWith("Pays,Montant (milliards),Montant (devise)\r\n", DataExport.Csv(table with { Columns = [table.Columns[0] with { Label = LocalizedText.Plain("fr", "Pays") }, table.Columns[1] with { Label = LocalizedText.Plain("fr", "Montant") }] }, "fr"));

        using var json = JsonDocument.Parse(DataExport.Json(table, "en"));
        Assert.Equal("per-row", json.RootElement.GetProperty("columns")[1].GetProperty("currency").GetString());
        var rows = json.RootElement.GetProperty("rows");
        var uk = rows[0].GetProperty("amount");
        Assert.Equal("£900 million", uk.GetProperty("text").GetString());
        Assert.Equal(0.9m, uk.GetProperty("low").GetDecimal());
        Assert.Equal("GBP", uk.GetProperty("currency").GetString());
        var saudi = rows[2].GetProperty("amount");
        Assert.Equal("$40 billion (currency not stated)", saudi.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, saudi.GetProperty("currency").ValueKind);
        Assert.False(rows[5].GetProperty("amount").TryGetProperty("currency", out _));
    }

    [Theory]
    [InlineData("0.5-1", "0.5–1")]
    [InlineData("0.15-0.30", "0.15–0.30")]
    [InlineData("1.5-2.0", "1.5–2.0")]
    [InlineData("6-8", "6–8")]
    public void A_range_keeps_each_ends_written_decimals(string written, string expected)
    {
        var column = new DataColumn("c", LocalizedText.Plain("en", "C"), ColumnType.Number, null, null, Scale.One, false, null, null, File.At(1, 1));
        Assert.Equal(expected, ValueFormatter.PlainText(Parsed(written, column), column, "en", prose: false));
    }

    // The rebuilt commitments table on /nations/, in both languages.

    private static IDocument Page(string relativePath)
    {
        var site = RealSite.Generated;
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(site.Files.Single(f => f.RelativePath == relativePath).Content!));
    }

    private static string Text(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden").ToList()) hidden.Remove();
        return Spaces().Replace(copy.TextContent, " ").Trim();
    }

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();

    [Theory]
    [InlineData("nations/index.html", "Amount", "£900 million", "€5 billion", "$40 billion (currency not stated)", "C$2.5 billion")]
    [InlineData("fr/nations/index.html", "Montant", "900" + Nbsp + "millions" + Nbsp + "£", "5" + Nbsp + "milliards" + Nbsp + "€", "40" + Nbsp + "milliards" + Nbsp + "$ (devise non précisée)", "2,5" + Nbsp + "milliards" + Nbsp + "$" + Nbsp + "CA")]
    public void The_nations_page_shows_the_four_commitments_in_one_amount_column(string path, string header, string uk, string france, string saudi, string canada)
    {
        var figure = Page(path).QuerySelector("figure#table-national-commitments")!;
        var headers = figure.QuerySelectorAll("thead th").Select(Text).ToList();
        Assert.Equal(header, headers[^1]);
        Assert.Single(headers, h => h.StartsWith(header, StringComparison.Ordinal));
        Assert.Equal([uk, france, saudi, canada], figure.QuerySelectorAll("tbody tr").Select(tr => Text(tr.Children.Last())).ToList());
        // No column of n/a beside it: every row has its amount.
        Assert.Equal(5, headers.Count);
    }

    [Theory]
    [InlineData("nations/index.html", "Saudi Arabia is spending $40 billion (currency not stated) on Project Transcendence", "The U.K. has committed £900 million to an AI Research Resource.")]
    [InlineData("fr/nations/index.html", "L’Arabie saoudite consacre 40 milliards de dollars (devise non précisée) au projet Transcendence", "Le Royaume-Uni s’est engagé à verser 900 millions de livres sterling à une AI Research Resource.")]
    public void The_nations_page_quotes_each_commitment_in_its_currency(string path, string saudi, string uk)
    {
        var main = Text(Page(path).QuerySelector("main")!).Replace(Nbsp, " ").Replace(Thin, " ");
        Assert.Contains(saudi, main);
        Assert.Contains(uk, main);
    }
}
