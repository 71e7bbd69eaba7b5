using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Data;
using Site.Diagnostics;
using Site.Loading;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// The explainer says what the article says, no more and no less (issue 10): each correction is
/// asserted on the rendered pages, so a later edit that brings a mistake back fails here.
/// </summary>
public sealed partial class ExplainerFidelityTests
{
    private static readonly Lazy<BuildResult> Site = new(() => RealSite.Generated);

    private static IDocument Page(string relativePath)
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        var file = Site.Value.Files.Single(f => f.RelativePath == relativePath);
        return new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content!));
    }

    /// <summary>The English pages: these checks quote the English wording (the French edition says the same in French).</summary>
    private static IEnumerable<(string Path, IDocument Page)> AllPages()
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        return Site.Value.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal) && !f.RelativePath.StartsWith("fr/", StringComparison.Ordinal))
            .Select(f => (f.RelativePath, Page(f.RelativePath)));
    }

    /// <summary>The article itself (main content), with whitespace collapsed and no hidden screen-reader words.</summary>
    private static string Text(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden, script").ToList()) hidden.Remove();
        return Spaces().Replace(copy.TextContent, " ").Replace('\u00A0', ' ').Trim();
    }

    private static string MainText(IDocument page) => Text(page.QuerySelector("main")!);

    private static IElement Paragraph(IDocument page, string containing) =>
        page.QuerySelectorAll("main p, main li").SingleOrDefault(p => Text(p).Contains(containing, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no paragraph contains \"{containing}\"");

    private static DataTable Table(string id)
    {
        var diagnostics = new DiagnosticBag();
        var file = SourceLoader.Read(Path.Combine(Repo.Input, "data", id + ".yml"), "data/" + id + ".yml", Repo.Root, diagnostics)!;
        var table = DataTableParser.Parse(file, "en", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return table!;
    }

    private static List<string> Headers(IDocument page, string tableId) =>
        page.QuerySelectorAll($"figure#{tableId} thead th").Select(th => Text(th)).ToList();

    [Fact]
    public void Budgets_in_two_currencies_are_read_as_one_commitment_and_the_reading_is_marked_as_ours()
    {
        var nations = Page("nations/index.html");
        Assert.DoesNotContain("do not match", MainText(nations), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(nations.QuerySelector("h2#most-likely-the-same-budgets-in-two-currencies"));

        var reading = Text(Paragraph(nations, "U.S. dollars per Canadian dollar"));
        Assert.StartsWith("Our reading, not the article’s.", reading);
        Assert.Contains("US$1.8 billion against C$2.5 billion is 0.72 U.S. dollars per Canadian dollar", reading);
        Assert.Contains("US$1.1 billion against £900 million is about 1.22 per pound", reading);
        Assert.Contains("US$5.5 billion against €5 billion is 1.10 per euro", reading);
        Assert.Contains("The article states no such conversion and no exchange rate", reading);
        Assert.StartsWith("Our reading", Text(nations.QuerySelector("figure#table-implied-rates caption")!));

        // The rates are the article's two figures divided, so they cannot drift from the tables they come from.
        var rates = Table("implied-rates");
        var budgets = Table("national-strategies");
        var local = Table("national-commitments");
        foreach (var (country, column) in new[] { ("Canada", "amount"), ("U.K.", "amount"), ("France", "amount") })
        {
            var inLocal = local.Row(country)!.Cells[column].Low * ValueParser.ScaleFactor(local.Column(column)!.Scale);
            var inUsd = budgets.Row(country)!.Cells["budget"].Low * ValueParser.ScaleFactor(budgets.Column("budget")!.Scale);
            var rate = rates.Row(country)!.Cells["rate"];
            Assert.Equal(Math.Round(inUsd / inLocal, 2), rate.Low);
            Assert.Equal(inUsd / inLocal != rate.Low, rate.Approximate);
        }

        // Nowhere else calls them two unrelated sets of numbers.
        foreach (var (path, page) in AllPages())
            Assert.DoesNotContain("do not match", MainText(page), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("most likely the same commitment in two currencies", Text(Paragraph(Page("index.html"), "Our reading (the article does not say so)")));
    }

    [Fact]
    public void Elissa_Strome_leads_CIFAR_the_central_coordinating_body_according_to_the_article()
    {
        // The article: "CIFAR remains the central coordinating body, led by Dr. Elissa Strome (Executive Director of
        // the Pan-Canadian AI Strategy)". Every mention says what the article says, and says that the article says it.
        var mentions = 0;
        foreach (var (path, page) in AllPages())
        {
            foreach (var element in page.QuerySelectorAll("main p, main li, main td, main th"))
            {
                var text = Text(element);
                if (!text.Contains("Strome", StringComparison.Ordinal) || element.QuerySelector("p, li, td") is not null) continue;
                mentions++;
                Assert.Contains("Executive Director of the Pan-Canadian AI Strategy", text);
                Assert.Contains("according to the article", text, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("central coordinating body", text);
                Assert.DoesNotContain("in connection with", text);
            }
        }
        Assert.True(mentions >= 2, $"{mentions} mentions of Dr. Strome");
    }

    [Fact]
    public void The_companies_table_is_titled_for_what_it_lists()
    {
        const string title = "Five AI companies with Canadian ties: two stayed, one moved its headquarters abroad, one closed its lab in 2023, one was absorbed";
        Assert.Equal(title, Text(Page("brain-drain/index.html").QuerySelector("figure#table-companies caption")!));
        foreach (var (path, page) in AllPages())
        {
            var text = Text(page.DocumentElement);
            Assert.DoesNotContain("Canadian-born AI companies", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Canadian AI companies and where", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_yearly_CAD_stipend_and_OpenAIs_packages_are_never_drawn_on_one_axis()
    {
        foreach (var (path, page) in AllPages())
        {
            foreach (var chart in page.QuerySelectorAll("figure.chart"))
            {
                var rows = chart.QuerySelectorAll("tbody tr").Select(tr => tr.Id!).ToList();
                Assert.False(rows.Any(r => r.EndsWith("-row-stipend-per-researcher", StringComparison.Ordinal)) && rows.Any(r => r.EndsWith("-row-total-compensation-openai-offers-senior-researchers", StringComparison.Ordinal)),
                    $"{path}: chart {chart.Id} draws the stipend and OpenAI's packages together");
            }
        }
        var talent = Page("pillars/talent/index.html");
        Assert.Contains("for OpenAI’s packages the article names neither a currency nor a period", Text(Paragraph(talent, "not measured the same way")));
        var packages = talent.QuerySelector("tr#table-talent-corps-row-total-compensation-openai-offers-senior-researchers")!;
        Assert.Contains("currency and period not stated", Text(packages));
    }

    [Fact]
    public void Over_500000_stays_more_than_500000()
    {
        Assert.Contains("the Hugging Face platform hosts more than 500,000 models", MainText(Page("pillars/compute/index.html")));
        Assert.Contains("more than 500,000 models on Hugging Face", MainText(Page("sources/index.html")));
        foreach (var (path, page) in AllPages())
            Assert.DoesNotContain("at least 500,000", Text(page.DocumentElement));
        // In a table the bound reads "> 500,000" (and "more than" to a screen reader), not "500,000+".
        var cell = ValueFormatter.CellHtml(Table("compute-facts").Row("Models hosted on Hugging Face")!.Cells["value"], Table("compute-facts").Column("value")!, "en");
        Assert.StartsWith("<span aria-hidden=\"true\">&gt;", cell);
        Assert.EndsWith("500,000", cell);

        // The published JSON keeps the difference: "over" is an exclusive bound, "2,000+" an inclusive one.
        JsonElement Value(string table, string key, string column)
        {
            using var json = JsonDocument.Parse(Site.Value.Files.Single(f => f.RelativePath == $"data/{table}.json").Content!);
            var keyColumn = Table(table).KeyColumn.Id;
            return json.RootElement.GetProperty("rows").EnumerateArray()
                .Single(r => (r.GetProperty(keyColumn).ValueKind == JsonValueKind.String ? r.GetProperty(keyColumn).GetString() : r.GetProperty(keyColumn).GetProperty("text").GetString()) == key)
                .GetProperty(column).Clone();
        }
        var models = Value("compute-facts", "Models hosted on Hugging Face", "value");
        Assert.Equal("lower-bound", models.GetProperty("kind").GetString());
        Assert.True(models.GetProperty("exclusive").GetBoolean());
        Assert.Equal("> 500,000", models.GetProperty("text").GetString());
        var saudi = Value("national-strategies", "Saudi Arabia", "compute");
        Assert.Equal("lower-bound", saudi.GetProperty("kind").GetString());
        Assert.False(saudi.TryGetProperty("exclusive", out _));
    }

    [Fact]
    public void Saudi_Arabias_amount_is_shown_without_a_currency()
    {
        var figures = AllPages().SelectMany(p => p.Page.QuerySelectorAll("span.figure[data-row='Saudi Arabia'][data-table='national-commitments']")).ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal("$40 billion (currency not stated)", Text(f)));
        var nations = Page("nations/index.html");
        Assert.DoesNotContain(Headers(nations, "table-national-commitments"), h => h.Contains("US$", StringComparison.Ordinal) || h.Contains("U.S. dollars", StringComparison.Ordinal));
        foreach (var (path, page) in AllPages())
            Assert.DoesNotMatch(AssumeUsd(), MainText(page));
    }

    [Fact]
    public void The_articles_own_inconsistencies_are_pointed_out()
    {
        var modest = Text(Paragraph(Page("nations/index.html"), "does not settle how Canada’s budget compares"));
        Assert.Contains("modest", modest);
        Assert.Contains("competitive with peer nations", modest);

        var sectors = Text(Paragraph(Page("pillars/sme/index.html"), "Two lists of sectors."));
        Assert.Contains("healthcare, climate and manufacturing", sectors);
        Assert.Contains("manufacturing, agriculture and professional services", sectors);
        Assert.Contains("does not explain the difference", sectors);

        Assert.Contains("Toronto (500+ staff)", Text(Paragraph(Page("predictions/index.html"), "\u201Csecond\u201D")));
        // The brain-drain page gives the staff figure once, in the Cohere item above, and points back to it.
        var second = Text(Paragraph(Page("brain-drain/index.html"), "\u201Csecond\u201D"));
        Assert.Contains("large R&D office (see above)", second);
    }

    [Fact]
    public void The_home_page_leads_with_the_compute_gap_drawn_as_a_chart_that_states_it()
    {
        // The article's strongest quantitative finding: an order of magnitude behind the U.S., even after the 2027 targets.
        var home = Page("index.html");
        var chart = home.QuerySelector("main figure.chart")!;
        Assert.Equal("chart-infrastructure", chart.Id);
        Assert.StartsWith("AINews: even after 2027, Canada’s compute stays an order of magnitude behind the U.S.", Text(chart.QuerySelector(".chart-title, figcaption, h2, h3, .chart-heading") ?? chart));
        Assert.Contains("the U.S. value is a lower bound", Text(chart.QuerySelector(".chart-subtitle")!));
        using var figure = JsonDocument.Parse(chart.QuerySelector("script.chart-figure")!.TextContent);
        var categories = figure.RootElement.GetProperty("data").EnumerateArray().SelectMany(t => t.GetProperty("x").EnumerateArray().Select(x => x.ToString())).ToList();
        Assert.Equal(4, categories.Distinct().Count());
        // No two-point chart that apologises for itself.
        Assert.Null(home.QuerySelector("figure#chart-vc-share"));
        Assert.DoesNotContain("no trend is drawn", MainText(home));
    }

    [Fact]
    public void The_about_page_claims_only_the_checks_the_build_makes()
    {
        var about = Page("about/index.html");
        var text = Text(about.DocumentElement);
        Assert.DoesNotContain("added later", text);
        Assert.DoesNotMatch(ChecksNumbers(), text);
        Assert.Contains("The build cannot tell whether a number is right", MainText(about));
        Assert.NotNull(about.QuerySelector("meta[name=description]"));
    }

    [Fact]
    public void The_home_page_says_what_kind_of_source_the_explainer_rests_on()
    {
        var home = Page("index.html");
        var note = Text(Paragraph(home, "About the source."));
        Assert.Contains("one analysis", note);
        Assert.Contains("cites no primary data", note);
        Assert.Contains("every figure here is given as the article gives it", note);
        // It comes before the first section, where every reader sees it.
        var elements = home.QuerySelectorAll("main *").ToList();
        Assert.True(elements.IndexOf(Paragraph(home, "About the source.")) < elements.IndexOf(home.QuerySelector("main h2")!));
    }

    [Fact]
    public void Tables_show_only_the_columns_their_block_names()
    {
        Assert.Equal(["Item", "Value", "Unit", "Basis"], Headers(Page("pillars/talent/index.html"), "table-talent-corps"));
        Assert.Equal(["Prediction", "What AINews predicts, in our words", "Horizon", "Figures", "Status"], Headers(Page("predictions/index.html"), "table-predictions"));
        Assert.Equal(["Year", "Event", "Amount, currency not stated (million dollars)"], Headers(Page("brain-drain/index.html"), "table-brain-drain-events"));
        // Explainer pages never show a key column of ids; a table's own data page (data/<id>/) shows it whole.
        foreach (var (path, page) in AllPages().Where(p => !p.Path.StartsWith("data/", StringComparison.Ordinal)))
            Assert.DoesNotContain(page.QuerySelectorAll("main th[scope=col]").Select(th => Text(th)), h => h.EndsWith(" id", StringComparison.Ordinal));
        // Rows keep a row header: the first column shown heads each row when the key is not shown.
        var row = Page("pillars/talent/index.html").QuerySelector("tr#table-talent-corps-row-stipend-per-researcher")!;
        Assert.Equal("Stipend per researcher", Text(row.QuerySelector("th[scope=row]")!));
    }

    [Fact]
    public void Sources_without_a_url_are_written_without_one_and_nothing_links_to_an_empty_address()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Input, "data"), "*.yml"))
            Assert.DoesNotMatch(EmptyUrl(), File.ReadAllText(file));
        foreach (var (path, page) in AllPages())
            Assert.Empty(page.QuerySelectorAll("a[href='']").Select(a => path + ": " + a.OuterHtml));
        // (A CSV's CSVW sidecar, data/<id>.csv-metadata.json, names the CSV it describes by its own "url", as CSVW requires.)
        foreach (var json in Site.Value.Files.Where(f => f.RelativePath.StartsWith("data/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".json", StringComparison.Ordinal) && !f.RelativePath.EndsWith(".csv-metadata.json", StringComparison.Ordinal)))
            Assert.DoesNotContain("\"url\"", System.Text.Encoding.UTF8.GetString(json.Content!));

        var diagnostics = new DiagnosticBag();
        var yaml = """
            title: { en: T }
            source:
              - { title: "The article", publisher: "AINews (Hacker News)", date: 2026-06 }
            columns:
              - { id: k, label: { en: K }, type: text }
            rows:
              - { k: a }
            """;
        var table = DataTableParser.Parse(new SourceFile("/t.yml", "input/data/t.yml", "input/data/t.yml", yaml.Replace("\r\n", "\n")), "en", diagnostics)!;
        Assert.Empty(diagnostics.Sorted());
        Assert.Null(Assert.Single(table.Sources).Url);
        var html = TableHtml.Write(table, table.Columns, "table-t", null, "en", "en", "/data/");
        Assert.Contains("<cite>The article</cite>, AINews (Hacker News), June 2026", html);
        Assert.DoesNotContain("<a href=\"\"", html);
        Assert.DoesNotContain("<cite><a", html);
    }

    [Fact]
    public void Readings_of_our_own_are_marked_and_not_credited_to_the_article()
    {
        Assert.StartsWith("Our reading.", Text(Paragraph(Page("verdict/index.html"), "unlikely to stop the brain drain by itself")));
        Assert.StartsWith("Our selection of figures to watch.", Text(Paragraph(Page("verdict/index.html"), "Our selection of figures")));
        var predictions = Page("predictions/index.html");
        Assert.Equal(4, predictions.QuerySelectorAll("main li").Count(li => Text(li).StartsWith("Our reading of what would settle it:", StringComparison.Ordinal)));
        Assert.DoesNotContain(predictions.QuerySelectorAll("main li"), li => Text(li).StartsWith("What would settle it", StringComparison.Ordinal));
        // Our calculation is credited to us, not to AINews.
        var source = Text(Page("nations/index.html").QuerySelector("figure#table-implied-rates .source")!);
        Assert.StartsWith("Source: Our calculation", source);
        Assert.DoesNotContain("AINews (Hacker News)", source);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();


    [GeneratedRegex(@"(?i)assume[sd]? (it is |they are |that )?(in )?U\.?S\.? dollars")]
    private static partial Regex AssumeUsd();

    [GeneratedRegex(@"(?i)checks every (number|figure)(?! reference)|checks that (the |every )?(numbers?|figures?) (is|are) (right|correct)")]
    private static partial Regex ChecksNumbers();

    [GeneratedRegex(@"url:\s*""""")]
    private static partial Regex EmptyUrl();
}
