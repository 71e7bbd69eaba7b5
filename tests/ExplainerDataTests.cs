using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Data;
using Site.Diagnostics;
using Site.Loading;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The explainer's tables hold exactly the article's values (as the article wrote them), and every
/// figure the site shows comes from one of their cells.
/// </summary>
public sealed class ExplainerDataTests
{
    private static DataTable Table(string id)
    {
        var path = Path.Combine(Repo.Input, "data", id + ".yml");
        var diagnostics = new DiagnosticBag();
        var file = SourceLoader.Read(path, "data/" + id + ".yml", Repo.Root, diagnostics)!;
        var table = DataTableParser.Parse(file, "en", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return table!;
    }

    private static string Bare(string table, string row, string column)
    {
        var data = Table(table);
        var cell = data.Row(row) ?? throw new Xunit.Sdk.XunitException($"no row '{row}' in {table}");
        return ValueFormatter.PlainText(cell.Cells[column], data.Column(column)!, "en", prose: false);
    }

    private static string Prose(string table, string row, string column)
    {
        var data = Table(table);
        return ValueFormatter.PlainText(data.Row(row)!.Cells[column], data.Column(column)!, "en", prose: true);
    }

    [Theory]
    // National strategies, budgets in US$ billions (the article's estimates).
    [InlineData("national-strategies", "Canada", "budget", "1.8")]
    [InlineData("national-strategies", "U.K.", "budget", "1.1")]
    [InlineData("national-strategies", "France", "budget", "5.5")]
    [InlineData("national-strategies", "Saudi Arabia", "budget", "40")]
    [InlineData("national-strategies", "South Korea", "budget", "1.5")]
    [InlineData("national-strategies", "Canada", "compute", "150")]
    [InlineData("national-strategies", "U.K.", "compute", "300")]
    [InlineData("national-strategies", "France", "compute", "400")]
    [InlineData("national-strategies", "Saudi Arabia", "compute", "2,000+")]
    [InlineData("national-strategies", "South Korea", "compute", "800")]
    [InlineData("national-strategies", "Canada", "score", "7")]
    [InlineData("national-strategies", "U.K.", "score", "8")]
    [InlineData("national-strategies", "France", "score", "7")]
    [InlineData("national-strategies", "Saudi Arabia", "score", "4")]
    [InlineData("national-strategies", "South Korea", "score", "6")]
    // Companies.
    [InlineData("companies", "Cohere", "headquarters", "San Francisco")]
    [InlineData("companies", "Cohere", "canadian_rnd", "Toronto (500+ staff)")]
    [InlineData("companies", "Cohere", "funding", "~970")]
    [InlineData("companies", "Waabi", "funding", "~200")]
    [InlineData("companies", "Sanctuary AI", "funding", "~150")]
    [InlineData("companies", "DeepMind (Alphabet)", "funding", "n/a")]
    [InlineData("companies", "ServiceNow (Element AI)", "headquarters", "Santa Clara")]
    // Infrastructure: approximate values, bounds and ranges as printed.
    [InlineData("infrastructure", "Total AI compute", "canada_now", "~150")]
    [InlineData("infrastructure", "Total AI compute", "canada_2027", "~500")]
    [InlineData("infrastructure", "Total AI compute", "us_reference", "~5,000+")]
    [InlineData("infrastructure", "Total AI compute", "eu_2027", "~1,200")]
    [InlineData("infrastructure", "Public GPU clusters", "canada_now", "3")]
    [InlineData("infrastructure", "Public GPU clusters", "canada_2027", "6–8")]
    [InlineData("infrastructure", "Public GPU clusters", "us_reference", "20+")]
    [InlineData("infrastructure", "Public GPU clusters", "eu_2027", "10–12")]
    [InlineData("infrastructure", "Average data centre power", "canada_now", "10–20")]
    [InlineData("infrastructure", "Average data centre power", "canada_2027", "50–80")]
    [InlineData("infrastructure", "Average data centre power", "us_reference", "100–300")]
    [InlineData("infrastructure", "Average data centre power", "eu_2027", "50–100")]
    [InlineData("infrastructure", "Inference cost per 1M tokens", "canada_now", "0.15–0.30")]
    [InlineData("infrastructure", "Inference cost per 1M tokens", "canada_2027", "0.05–0.10")]
    [InlineData("infrastructure", "Inference cost per 1M tokens", "us_reference", "0.02–0.05")]
    [InlineData("infrastructure", "Inference cost per 1M tokens", "eu_2027", "0.08–0.15")]
    // Venture capital share, the Talent Corps, compute facts, the dated events.
    [InlineData("vc-share", "2019", "share", "3.5")]
    [InlineData("vc-share", "2025", "share", "< 2")]
    [InlineData("talent-corps", "Top researchers to receive grants", "value", "50")]
    [InlineData("talent-corps", "Length of each non-dilutive research grant", "value", "5")]
    [InlineData("talent-corps", "Stipend per researcher", "value", "0.5–1")] // million CAD a year: $500,000–$1 million
    [InlineData("talent-corps", "Total compensation OpenAI offers senior researchers", "value", "2–5")]
    [InlineData("talent-corps", "Researchers the Corps will keep, at most", "value", "20")]
    [InlineData("compute-facts", "Public research GPUs in Canada today", "value", "~5,000")]
    [InlineData("compute-facts", "Capacity growth targeted by 2027", "value", "3")]
    [InlineData("compute-facts", "Lead time to build and connect a data centre", "value", "3–5")]
    [InlineData("compute-facts", "GPUs to train that model", "value", "8,000–16,000")]
    [InlineData("compute-facts", "Data centre power for that training", "value", "30–50")]
    [InlineData("compute-facts", "Model size in the training example", "value", "70")]
    [InlineData("compute-facts", "Models hosted on Hugging Face", "value", "> 500,000")]
    [InlineData("compute-facts", "GitHub stars of the Cortex framework", "value", "1,200")]
    [InlineData("brain-drain-events", "ServiceNow acquires Element AI", "year", "2020")]
    [InlineData("brain-drain-events", "ServiceNow acquires Element AI", "amount", "230")]
    [InlineData("brain-drain-events", "DeepMind closes its Edmonton office", "year", "2023")]
    [InlineData("brain-drain-events", "Cohere moves its headquarters to San Francisco", "year", "2022")]
    public void Tables_hold_the_articles_values(string table, string row, string column, string expected)
    {
        Assert.Equal(expected, Bare(table, row, column));
    }

    [Theory]
    [InlineData("national-commitments", "U.K.", "amount", "£900 million")]
    [InlineData("national-commitments", "France", "amount", "€5 billion")]
    [InlineData("national-commitments", "Saudi Arabia", "amount", "$40 billion (currency not stated)")] // the article writes "$" but names no currency
    [InlineData("compute-facts", "Models hosted on Hugging Face", "value", "more than 500,000")] // "over 500,000"
    [InlineData("national-commitments", "Canada", "amount", "C$2.5 billion")]
    [InlineData("national-strategies", "Canada", "budget", "US$1.8 billion")]
    [InlineData("vc-share", "2025", "share", "under 2%")]
    public void Prose_keeps_the_currency_and_the_bound_the_article_gives(string table, string row, string column, string expected)
    {
        Assert.Equal(expected, Prose(table, row, column));
    }

    [Fact]
    public void The_four_predictions_are_open_with_a_horizon()
    {
        var predictions = Table("predictions");
        Assert.Equal(4, predictions.Rows.Count);
        Assert.All(predictions.Rows, row =>
        {
            Assert.Equal("open", ValueFormatter.PlainText(row.Cells["status"], predictions.Column("status")!, "en", prose: false));
            Assert.NotEqual("", ValueFormatter.PlainText(row.Cells["horizon"], predictions.Column("horizon")!, "en", prose: false));
        });
    }

    /// <summary>
    /// Every figure span (in prose and on key-figure cards) names a table, row and column, and shows
    /// exactly that cell's value: a number on the site can always be traced to its row.
    /// </summary>
    [Fact]
    public void Every_figure_on_the_site_traces_to_its_table_row()
    {
        var result = RealSite.Generated;
        Assert.True(result.Succeeded);
        var parser = new HtmlParser();
        var figures = 0;
        var cards = 0;
        foreach (var file in result.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content!));
            var language = file.RelativePath.StartsWith("fr/", StringComparison.Ordinal) ? "fr" : "en";
            foreach (var span in document.QuerySelectorAll("span.figure").Where(s => s.Closest(".key-figure-value") is null))
            {
                var table = Table(span.GetAttribute("data-table")!);
                var row = table.Row(span.GetAttribute("data-row")!);
                var column = table.Column(span.GetAttribute("data-column")!);
                Assert.NotNull(row);
                Assert.NotNull(column);
                Assert.Equal(ValueFormatter.PlainText(row.Cells[column.Id], column, language, prose: true), span.TextContent);
                figures++;
            }
            foreach (var card in document.QuerySelectorAll(".key-figure-value"))
            {
                var span = card.QuerySelector("span.figure");
                Assert.NotNull(span);
                var table = Table(span.GetAttribute("data-table")!);
                var column = table.Column(span.GetAttribute("data-column")!)!;
                // A card writes the same value in its compact form ("2,5 milliards $"), which its label completes.
                Assert.Equal(ValueFormatter.PlainText(table.Row(span.GetAttribute("data-row")!)!.Cells[column.Id], column, language, prose: true, compact: true), span.TextContent);
                cards++;
            }
        }
        Assert.True(figures >= 50, $"only {figures} figures found");
        Assert.True(cards >= 4, $"only {cards} key-figure cards found");
    }
}
