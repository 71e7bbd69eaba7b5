using System.Text.Json;
using Site.Charts;
using Site.Data;
using Site.Diagnostics;
using Site.Localization;
using Site.Yaml;
using Xunit;

namespace Site.Tests.Charts;

/// <summary>Chart text as a reader reads it: value labels with their sign or unit, ticks like the values, one unit in one place, bounds drawn as bounds.</summary>
public sealed class ChartTextTests
{
    private const string Nbsp = "\u00A0", Thin = "\u202F";

    private static DataColumn Column(ColumnType type, string? currency = null, Scale scale = Scale.One, string? unit = null) =>
        new("v", LocalizedText.Plain("en", "V"), type, unit is null ? null : LocalizedText.Plain("en", unit), currency, scale, false, null, null,
            new SourceLocation(new SourceFile("/t.yml", "t.yml", "t.yml", ""), 1, 1));

    [Theory]
    [InlineData("percent", "3.5%", "en", "3.5%")]
    [InlineData("percent", "3.5%", "fr", "3,5" + Nbsp + "%")]
    [InlineData("percent", "under 2%", "en", "under 2%")]
    [InlineData("percent", "under 2%", "fr", "moins de 2" + Nbsp + "%")]
    [InlineData("money-billion", "1.8", "en", "US$1.8B")]
    [InlineData("money-billion", "1.8", "fr", "1,8" + Nbsp + "G$" + Nbsp + "US")]
    [InlineData("money-million", "~970", "en", "~US$970M")]
    [InlineData("money-million", "~970", "fr", "environ 970" + Nbsp + "M$" + Nbsp + "US")]
    [InlineData("money-cad", "0.15-0.30", "en", "C$0.15–0.30")]
    [InlineData("money-cad", "0.15-0.30", "fr", "0,15–0,30" + Nbsp + "$" + Nbsp + "CA")]
    [InlineData("number", "2,000+", "en", "at least 2,000")]
    [InlineData("number", "2,000+", "fr", "au moins 2" + Thin + "000")]
    [InlineData("number", "over 500,000", "en", "more than 500,000")]
    [InlineData("number", "over 500,000", "fr", "plus de 500" + Thin + "000")]
    [InlineData("number", "~5,000+", "en", "~5,000 or more")]
    [InlineData("number", "~5,000+", "fr", "environ 5" + Thin + "000 ou plus")]
    [InlineData("number", "6-8", "en", "6–8")]
    public void A_value_label_carries_its_sign_or_currency_and_says_a_bound_in_words(string type, string written, string language, string expected)
    {
        var column = type switch
        {
            "percent" => Column(ColumnType.Percent),
            "money-billion" => Column(ColumnType.Money, "USD", Scale.Billion),
            "money-million" => Column(ColumnType.Money, "USD", Scale.Million),
            "money-cad" => Column(ColumnType.Money, "CAD"),
            _ => Column(ColumnType.Number, unit: "PFLOP/s"),
        };
        var value = ValueParser.Parse(written, column).Value!;
        Assert.Equal(expected, ValueFormatter.ChartLabel(value, column, language, withUnit: false));
    }

    [Fact]
    public void A_number_label_carries_its_unit_only_when_no_single_axis_title_says_it()
    {
        var column = Column(ColumnType.Number, unit: "PFLOP/s");
        var value = ValueParser.Parse("150", column).Value!;
        Assert.Equal("150", ValueFormatter.ChartLabel(value, column, "en", withUnit: false));
        Assert.Equal("150" + Nbsp + "PFLOP/s", ValueFormatter.ChartLabel(value, column, "en", withUnit: true));
    }

    private const string TableYaml = """
        title: { en: Countries, fr: Pays }
        source:
          - { title: "Canada's AI for All" }
        columns:
          - { id: country, label: { en: Country, fr: Pays }, type: text, key: true }
          - { id: compute, label: { en: Compute capacity (2025), fr: Capacité de calcul (2025) }, type: number, unit: PFLOP/s }
          - { id: budget, label: { en: Budget, fr: Budget }, type: money, currency: USD, scale: billion }
          - { id: share, label: { en: Share, fr: Part }, type: percent }
        rows:
          - { country: Canada, compute: 150, budget: 1.8, share: "under 2%" }
          - { country: France, compute: "2,000+", budget: 5.5, share: "3.5%" }
        """;

    private static (ChartSpec Spec, JsonDocument Figure) Build(string block, string language)
    {
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(new SourceFile("/t.yml", "t.yml", "t.yml", TableYaml), "en", diagnostics)!;
        var file = new SourceFile("/page.md", "page.md", "page.md", block);
        var map = (YMap)YamlReader.Parse(new YamlReader.Fragment(file, block), Codes.CHART001, diagnostics, out _)!;
        var spec = ChartSpecParser.Parse(map, new Dictionary<string, DataTable> { ["t"] = table }, language, diagnostics)!;
        Assert.Empty(diagnostics.Sorted());
        return (spec, JsonDocument.Parse(FigureBuilder.Build(spec, ChartData.From(spec, language), language)));
    }

    [Theory]
    [InlineData("en", "Compute capacity (2025), in PFLOP/s")]
    [InlineData("fr", "Capacité de calcul (2025), en PFLOP/s")]
    public void A_label_with_parentheses_gets_its_unit_after_a_comma_not_a_second_pair(string language, string expected)
    {
        var (spec, _) = Build("table: t\ntype: hbar\ny: compute\n", language);
        Assert.Equal(expected, spec.YTitle);
        Assert.Equal("Budget (US$ billions)", Build("table: t\ny: budget\n", "en").Spec.YTitle);
    }

    [Theory]
    [InlineData("en", "%")]
    [InlineData("fr", Nbsp + "%")]
    public void A_percent_axis_writes_its_sign_on_the_ticks_and_not_in_its_title(string language, string suffix)
    {
        var (spec, figure) = Build("table: t\ny: share\n", language);
        Assert.Equal(language == "en" ? "Share" : "Part", spec.YTitle);
        var axis = figure.RootElement.GetProperty("layout").GetProperty("yaxis");
        Assert.Equal(suffix, axis.GetProperty("ticksuffix").GetString());
        Assert.Equal("none", axis.GetProperty("exponentformat").GetString());
        Assert.True(axis.GetProperty("separatethousands").GetBoolean());
    }

    [Theory]
    [InlineData("bar", "x", "triangle-up")]
    [InlineData("hbar", "y", "triangle-right")]
    public void A_bound_bar_ends_in_an_arrowhead_pointing_where_the_true_value_lies(string type, string categoryAxis, string symbol)
    {
        var (_, figure) = Build($"table: t\ntype: {type}\ny: compute\n", "en");
        var traces = figure.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(2, traces.Count);
        var arrows = traces[1];
        Assert.Equal("markers", arrows.GetProperty("mode").GetString());
        Assert.Equal("skip", arrows.GetProperty("hoverinfo").GetString());
        Assert.Equal(["France"], arrows.GetProperty(categoryAxis).EnumerateArray().Select(x => x.GetString()));
        Assert.Equal([symbol], arrows.GetProperty("marker").GetProperty("symbol").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["150", "at least 2,000"], traces[0].GetProperty("text").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void Grouped_bars_keep_their_hatching_and_draw_no_arrow_beside_the_wrong_bar()
    {
        var (_, figure) = Build("table: t\ntype: grouped-bar\ny: [compute, budget]\n", "en");
        Assert.Equal(2, figure.RootElement.GetProperty("data").GetArrayLength());
        // Two columns on one axis: each label carries its unit.
        Assert.Equal(["150" + Nbsp + "PFLOP/s", "at least 2,000" + Nbsp + "PFLOP/s"], figure.RootElement.GetProperty("data")[0].GetProperty("text").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void A_chart_refuses_two_currencies_on_one_axis_where_its_columns_are_named()
    {
        const string yaml = """
            title: { en: Commitments }
            source:
              - { title: S }
            columns:
              - { id: country, label: { en: Country }, type: text, key: true }
              - { id: cad, label: { en: In Canadian dollars }, type: money, currency: CAD, scale: billion }
              - { id: gbp, label: { en: In pounds }, type: money, currency: GBP, scale: billion }
              - { id: cad2, label: { en: Also Canadian dollars }, type: money, currency: CAD, scale: billion }
            rows:
              - { country: Canada, cad: 2.5, gbp: N/A, cad2: 1 }
              - { country: U.K., cad: N/A, gbp: 0.9, cad2: 1 }
            """;
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(new SourceFile("/c.yml", "c.yml", "c.yml", yaml), "en", diagnostics)!;
        foreach (var (block, expectChart) in new[] { ("table: c\ntype: grouped-bar\ny: [cad, gbp]\n", false), ("table: c\ntype: grouped-bar\ny: [cad, cad2]\n", true) })
        {
            var file = new SourceFile("/page.md", "page.md", "page.md", block);
            var map = (YMap)YamlReader.Parse(new YamlReader.Fragment(file, block), Codes.CHART001, diagnostics, out _)!;
            var spec = ChartSpecParser.Parse(map, new Dictionary<string, DataTable> { ["c"] = table }, "en", diagnostics);
            Assert.Equal(expectChart, spec is not null);
        }
        Assert.Equal("page.md:3:4: error CHART011: these columns are in 2 currencies (cad (CAD), gbp (GBP)), which one value axis cannot hold; draw one currency per chart, or a column converted to one currency",
            Assert.Single(diagnostics.Sorted()).ToString());
    }
}
