using System.Text;
using System.Text.Json;
using Site.Charts;
using Site.Data;
using Site.Diagnostics;
using Site.Yaml;
using Xunit;

namespace Site.Tests;

/// <summary>
/// One table written once, shown in English and in French: localized labels, units, notes, text
/// cells and row-key display names; tables, charts, summaries and downloads in each language, with
/// references (highlight, row, anchors) still by the English key.
/// </summary>
public sealed class FrenchFiguresTests
{
    private const string Nbsp = "\u00A0", Thin = "\u202F";

    private const string TableYaml = """
        title: { en: National AI strategies compared, fr: "Stratégies nationales d’IA comparées" }
        source:
          - { title: "Canada's AI for All", publisher: "AINews (Hacker News)", date: 2026-06 }
        notes: { en: Estimates by the article., fr: "Estimations de l’article <b>." }
        columns:
          - { id: country, label: { en: Country, fr: Pays }, type: text, key: true }
          - { id: budget, label: { en: AI strategy budget, fr: "Budget de la stratégie d’IA" }, type: money, currency: USD, scale: billion }
          - { id: compute, label: { en: Compute capacity, fr: Capacité de calcul }, type: number, unit: PFLOP/s }
          - { id: funding, label: { en: Funding, fr: Financement }, type: number, unit: { en: million dollars, fr: millions de dollars } }
          - { id: remark, label: { en: Remark, fr: Remarque }, type: text }
        rows:
          - { country: Canada, budget: 1.8, compute: "~150", funding: "1,200", remark: { en: Stayed, fr: Resté } }
          - { country: { en: U.K., fr: Royaume-Uni }, budget: 1.1, compute: 300, funding: N/A, remark: { en: "=1+2", fr: "=1+2" } }
          - { country: { en: Saudi Arabia, fr: Arabie saoudite }, budget: 40, compute: "2,000+", funding: 5.5, remark: { en: "Big, <fast>", fr: "Grand, <rapide>" } }
        """;

    private static DataTable Table()
    {
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(new SourceFile("/strategies.yml", "strategies.yml", "strategies.yml", TableYaml), "en", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return table!;
    }

    private static (ChartSpec Spec, ChartData Data) Chart(string blockYaml, string language)
    {
        var table = Table();
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("/page.md", "page.md", "page.md", blockYaml);
        var block = (YMap)YamlReader.Parse(new YamlReader.Fragment(file, blockYaml), Codes.CHART001, diagnostics, out _)!;
        var spec = ChartSpecParser.Parse(block, new Dictionary<string, DataTable> { [table.Id] = table }, language, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return (spec!, ChartData.From(spec!, language));
    }

    [Fact]
    public void Row_keys_stay_the_english_text_and_references_use_them()
    {
        var table = Table();
        Assert.Equal(["Canada", "U.K.", "Saudi Arabia"], table.Rows.Select(r => r.Key));
        Assert.Equal("strategies-row-u-k", RowAnchor.Id("strategies", table.Row("U.K.")!.Key));
    }

    [Fact]
    public void A_french_table_shows_french_words_units_and_numbers_under_the_same_anchors()
    {
        var table = Table();
        var raw = TableHtml.Write(table, table.Columns, "strategies", null, "fr", "fr", "/fr/data/");
        // Every text is escaped where it lands (WebUtility also writes é as &#233;: read the decoded text below).
        Assert.Contains("<td>Grand, &lt;rapide&gt;</td>", raw);
        Assert.Contains("<p class=\"notes\">Estimations de l’article &lt;b&gt;.</p>", raw);
        var html = System.Net.WebUtility.HtmlDecode(raw);
        Assert.Contains("<caption id=\"strategies-caption\">Stratégies nationales d’IA comparées</caption>", html);
        Assert.Contains("<th scope=\"col\" class=\"num\">Budget de la stratégie d’IA <span class=\"unit\">(milliards de dollars US)</span></th>", html);
        Assert.Contains("<th scope=\"col\" class=\"num\">Financement <span class=\"unit\">(millions de dollars)</span></th>", html);
        Assert.Contains("<tr id=\"strategies-row-u-k\"><th scope=\"row\">Royaume-Uni</th><td class=\"num\">1,1</td><td class=\"num\">300</td><td class=\"num\"><span class=\"na\">s.o.</span></td>", html);
        Assert.Contains("<td class=\"num\">environ 150</td><td class=\"num\">1" + Thin + "200</td>", html);
        Assert.Contains("<td class=\"num\">2" + Thin + "000 et plus</td>", html);
        Assert.Contains("<p class=\"source\">Source" + Nbsp + ": <cite lang=\"en\">Canada's AI for All</cite>, AINews (Hacker News), juin 2026.</p>", html);
        Assert.Contains("<p class=\"downloads\">Télécharger les données" + Nbsp + ": <a href=\"/fr/data/strategies.csv\" download>CSV</a>", html);
    }

    [Fact]
    public void The_english_table_is_written_as_before()
    {
        var table = Table();
        var html = TableHtml.Write(table, table.Columns, "strategies", null, "en", "en", "/data/");
        Assert.Contains("<th scope=\"col\" class=\"num\">AI strategy budget <span class=\"unit\">(US$ billions)</span></th>", html);
        Assert.Contains("<tr id=\"strategies-row-u-k\"><th scope=\"row\">U.K.</th><td class=\"num\">1.1</td>", html);
        Assert.Contains("<p class=\"source\">Source: <cite>", html);
        Assert.Contains("<p class=\"downloads\">Download the data: <a href=\"/data/strategies.csv\" download>CSV</a>", html);
    }

    [Fact]
    public void Csv_downloads_keep_machine_numbers_under_headers_in_the_language()
    {
        var table = Table();
        var french = DataExport.Csv(table, "fr").Split("\r\n");
        Assert.Equal("Pays,Budget de la stratégie d’IA (milliards de dollars US),Capacité de calcul (PFLOP/s),Financement (millions de dollars),Remarque", french[0]);
        Assert.Equal("Canada,1.8,~150,1200,Resté", french[1]);
        // The formula a spreadsheet would run is neutralised in every language.
        Assert.Equal("Royaume-Uni,1.1,300,N/A,'=1+2", french[2]);
        Assert.Equal("Arabie saoudite,40,2000+,5.5,\"Grand, <rapide>\"", french[3]);

        var english = DataExport.Csv(table, "en").Split("\r\n");
        Assert.Equal("Country,AI strategy budget (US$ billions),Compute capacity (PFLOP/s),Funding (million dollars),Remark", english[0]);
        Assert.Equal("U.K.,1.1,300,N/A,'=1+2", english[2]);
        // Only the words differ between the two files: every number is the same text.
        Assert.Equal(5, english.Length); // a header, three rows, and the empty text after the last line break
        for (var i = 1; i < 4; i++)
            Assert.Equal(english[i].Split(',')[1..4], french[i].Split(',')[1..4]);
    }

    [Fact]
    public void Json_downloads_keep_typed_numbers_with_labels_and_display_text_in_the_language()
    {
        using var french = JsonDocument.Parse(DataExport.Json(Table(), "fr"));
        var root = french.RootElement;
        Assert.Equal("Stratégies nationales d’IA comparées", root.GetProperty("title").GetString());
        Assert.Equal("Pays", root.GetProperty("columns")[0].GetProperty("label").GetString());
        Assert.Equal("millions de dollars", root.GetProperty("columns")[3].GetProperty("unit").GetString());
        var canada = root.GetProperty("rows")[0];
        Assert.Equal(1.8m, canada.GetProperty("budget").GetProperty("low").GetDecimal());
        Assert.Equal("environ 150", canada.GetProperty("compute").GetProperty("text").GetString());
        Assert.True(canada.GetProperty("compute").GetProperty("approximate").GetBoolean());
        Assert.Equal(150m, canada.GetProperty("compute").GetProperty("low").GetDecimal());
        Assert.Equal("Royaume-Uni", root.GetProperty("rows")[1].GetProperty("country").GetString());
    }

    private const string BarBlock = """
        table: strategies
        y: budget
        highlight: U.K.
        annotations:
          - { at: Saudi Arabia, text: "Project <Transcendence>" }
        """;

    [Fact]
    public void A_french_figure_has_french_separators_words_and_categories_and_keeps_the_highlight()
    {
        var (spec, data) = Chart(BarBlock, "fr");
        var json = FigureBuilder.Build(spec, data, "fr");
        using var figure = JsonDocument.Parse(json);
        var layout = figure.RootElement.GetProperty("layout");
        Assert.Equal("," + Thin, layout.GetProperty("separators").GetString());
        Assert.Equal("none", layout.GetProperty("yaxis").GetProperty("exponentformat").GetString());
        // Long titles wrap (a phone's plot is about 290 px wide).
        Assert.Equal("Budget de la stratégie d’IA<br>(milliards de dollars US)", layout.GetProperty("annotations")[1].GetProperty("text").GetString());
        Assert.Equal("Arabie saoudite", layout.GetProperty("annotations")[0].GetProperty("x").GetString());
        Assert.Equal("Project <Transcendence>", layout.GetProperty("annotations")[0].GetProperty("text").GetString());
        Assert.DoesNotContain("<Trans", json); // escaped for the <script> element it sits in

        var trace = figure.RootElement.GetProperty("data")[0];
        Assert.Equal(["Canada", "Royaume-Uni", "Arabie saoudite"], trace.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        // Labels carry their currency, short, as the Canadian French press writes it.
        Assert.Equal(["1,8" + Nbsp + "G$" + Nbsp + "US", "1,1" + Nbsp + "G$" + Nbsp + "US", "40" + Nbsp + "G$" + Nbsp + "US"], trace.GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("Royaume-Uni" + Nbsp + ": 1,1" + Nbsp + "milliard de dollars US", trace.GetProperty("hovertext")[1].GetString());
        Assert.Equal(["base", "highlight", "base"], trace.GetProperty("meta").GetProperty("roles").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void The_english_figure_keeps_english_separators_and_words()
    {
        var (spec, data) = Chart(BarBlock, "en");
        using var figure = JsonDocument.Parse(FigureBuilder.Build(spec, data, "en"));
        var layout = figure.RootElement.GetProperty("layout");
        Assert.Equal(".,", layout.GetProperty("separators").GetString());
        // Ticks are written out in English too ("500,000", never "500k"), thousands grouped from four digits.
        Assert.Equal("none", layout.GetProperty("yaxis").GetProperty("exponentformat").GetString());
        Assert.True(layout.GetProperty("yaxis").GetProperty("separatethousands").GetBoolean());
        var trace = figure.RootElement.GetProperty("data")[0];
        Assert.Equal(["US$1.8B", "US$1.1B", "US$40B"], trace.GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("U.K.: US$1.1 billion", trace.GetProperty("hovertext")[1].GetString());
        Assert.Equal(["base", "highlight", "base"], trace.GetProperty("meta").GetProperty("roles").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void A_french_summary_and_chart_markup_are_written_in_french()
    {
        var (spec, data) = Chart("table: strategies\ny: compute\nhighlight: Canada\n", "fr");
        // The test table gives no in_sentence forms: the names are listed after a colon (see ChartSummaryTests).
        Assert.Equal("En tête" + Nbsp + ": Arabie saoudite (au moins 2" + Thin + "000" + Nbsp + "PFLOP/s). Dernier rang" + Nbsp + ": Canada (environ 150" + Nbsp + "PFLOP/s).",
            ChartSummary.Write(spec, data, "fr"));
        var html = System.Net.WebUtility.HtmlDecode(ChartHtml.Write(spec, data, FigureBuilder.Build(spec, data, "fr"), "chart-1", "fr", "/fr/data/"));
        Assert.Contains(">Graphique</button>", html);
        Assert.Contains("<ul class=\"chart-key\" aria-label=\"Comment lire les marques\">", html);
        Assert.Contains("au moins" + Nbsp + ": la valeur réelle est celle-ci ou plus (la source donne un plancher)", html);
        Assert.Contains("<a href=\"/fr/data/strategies.csv\" download>CSV (tableur)</a>", html);
        Assert.Contains("<p class=\"chart-source\">Source" + Nbsp + ": <cite lang=\"en\">", html);
    }

    [Fact]
    public void A_french_summary_ranks_the_highlight_and_computes_no_ratio()
    {
        var (spec, data) = Chart("table: strategies\ny: budget\nhighlight: Canada\n", "fr");
        Assert.Equal("En tête" + Nbsp + ": Arabie saoudite (40" + Nbsp + "milliards de dollars US). Canada" + Nbsp + ": 2e sur 3 (1,8" + Nbsp + "milliard de dollars US).",
            ChartSummary.Write(spec, data, "fr"));
    }

    [Fact]
    public void A_one_row_chart_is_named_by_the_rows_french_display_name()
    {
        var (spec, data) = Chart("table: strategies\ntype: grouped-bar\nrow: U.K.\ny: [budget, funding]\n", "fr");
        Assert.Equal("Royaume-Uni", spec.YTitle);
        Assert.Equal("Royaume-Uni", data.Series[0].Name);
        Assert.Equal(["Budget de la stratégie d’IA", "Financement"], data.Categories);
    }
}
