using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Plotly.NET;
using Site.Charts;
using Site.Charts.Plotly;
using Site.Data;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Yaml;
using Xunit;
using Site.Formats;

namespace Site.Tests.Charts;

/// <summary>
/// Chart JSON is written by System.Text.Json over the objects Plotly.NET builds
/// (src/Charts/Plotly/FigureSerializer.cs), not by Plotly.NET's <c>toFigureJson</c> (Json.NET), and
/// must be the same JSON: compared parsed (property order and number forms aside, "40" is "40.0"),
/// never byte for byte. Plotly.NET's own JSON is kept here, in the tests only, as the reference: on
/// every chart type and option FigureBuilder has, on values that stress numbers and string escaping,
/// on the explainer's 16 charts; and a plain build is checked not to load Json.NET at all.
/// </summary>
public sealed partial class FigureSerializerTests
{
    /// <summary>Plotly.NET's figure JSON (Json.NET, its own settings), parsed.</summary>
    private static JsonNode Reference(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!;

    private static JsonNode Ours(GenericChart chart) => JsonNode.Parse(FigureSerializer.Write(chart))!;

    /// <summary>Equal as JSON: the same members with equal values (numbers by value), whatever their order.</summary>
    private static void AssertSameJson(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected\n{expected.ToJsonString()}\nactual\n{actual.ToJsonString()}");

    // Numbers that stress the formatting: integral (Json.NET's "40.0", our "40"), tiny, huge (beyond
    // 1E+15, where the shortest form switches to an exponent), zero, many digits, ranges and bounds;
    // texts with every kind of character a writer escapes or keeps (quotes, backslash, tab, U+0085,
    // U+2028, no-break spaces, emoji, <&>).
    private const string TableYaml = """
        title: { en: "Stress \"table\"", fr: "Tableau d’essai" }
        source:
          - { title: "Tests", publisher: "Us", date: 2026-11 }
        columns:
          - { id: country, label: { en: Country, fr: Pays }, type: text, key: true }
          - { id: budget, label: { en: Budget, fr: Budget }, type: money, currency: USD, scale: billion }
          - { id: compute, label: { en: Compute, fr: Calcul }, type: number, unit: PFLOP/s }
          - { id: share, label: { en: Share, fr: Part }, type: number }
          - { id: remark, label: { en: Remark, fr: Remarque }, type: text }
        rows:
          - { country: Canada, budget: 1.8, compute: "~150", share: 0.0000001, remark: { en: "Tab\there \"quoted\" back\\slash", fr: "Tab\there « cité »" } }
          - { country: A very long country name that has to wrap twice over, budget: 40, compute: "2,000+", share: 123456789012345678901234567, remark: "Line\u2028sep\u0085next\u007Fdel <b>&amp;</b> 😀" }
          - { country: France, budget: "< 2", compute: 300, share: 0, remark: "ça va, 1 000 000 €" }
          - { country: Range land, budget: "6-8", compute: "0.15-0.30", share: 7, remark: "∞" }
          - { country: Gap, budget: N/A, compute: 1, share: 0.1, remark: "" }
        """;

    private static readonly Lazy<DataTable> Table = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(new SourceFile("/stress.yml", "stress.yml", "stress.yml", TableYaml), "en", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return table!;
    });

    private static (ChartSpec Spec, ChartData Data) Parse(string blockYaml, string language, IReadOnlyDictionary<string, DataTable> tables)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("/page.md", "page.md", "page.md", blockYaml);
        var block = (YMap)YamlReader.Parse(new YamlReader.Fragment(file, blockYaml), Codes.CHART001, diagnostics, out _)!;
        var spec = ChartSpecParser.Parse(block, tables, language, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return (spec!, ChartData.From(spec!, language));
    }

    public static TheoryData<string, string> Blocks()
    {
        string[] blocks =
        [
            "table: stress\ny: budget\n",
            "table: stress\ny: budget\nhighlight: Canada\nlabel: remark\nannotations:\n  - { at: France, text: \"Under <2> & \\\"quoted\\\"\" }\n",
            "table: stress\ntype: hbar\ny: compute\nhighlight: A very long country name that has to wrap twice over\nsort: descending\n",
            "table: stress\ntype: hbar\ny: budget\nlabel: remark\nx_title: Where\ny_title: \"US$ \\\"billions\\\"\"\n",
            "table: stress\ntype: grouped-bar\ny: [budget, compute]\n",
            "table: stress\ntype: stacked-bar\ny: [budget, share]\nrows: [Canada, Gap]\n",
            "table: stress\ntype: line\ny: budget\nhighlight: France\nannotations:\n  - { at: Range land, text: A range }\n",
            "table: stress\ntype: line\ny: [budget, compute, share]\n",
            "table: stress\ntype: line\ny: share\nlog: false\n",
            "table: stress\ntype: scatter\nx: compute\ny: share\nhighlight: Canada\n",
            "table: stress\ntype: scatter\nx: compute\ny: budget\ny_title: Budget\nx_title: Compute\n",
            "table: stress\ntype: range\ny: budget\nhighlight: Range land\n",
            "table: stress\ntype: range\ny: [budget, compute]\n",
            "table: stress\ntype: range\nrow: Range land\ny: [budget, compute, share]\nhighlight: compute\n",
            "table: stress\ntype: bar\ny: compute\nlog: true\ntitle: Logarithmic\nsubtitle: Sub\ncaption: Cap\n",
            "table: stress\ntype: hbar\ny: compute\nlog: true\n",
        ];
        var data = new TheoryData<string, string>();
        foreach (var block in blocks)
            foreach (var language in (string[])["en", "fr"])
                data.Add(block, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_chart_type_and_option_is_the_json_plotly_net_writes(string block, string language)
    {
        var (spec, data) = Parse(block, language, new Dictionary<string, DataTable> { ["stress"] = Table.Value });
        var chart = FigureBuilder.Chart(spec, data, language);
        var expected = Reference(chart);
        AssertSameJson(expected, Ours(chart));
        // What the page holds: the same JSON, with <, > and & escaped for the script element it sits in.
        var page = FigureBuilder.Build(spec, data, language);
        Assert.DoesNotMatch("[<>&]", page);
        AssertSameJson(expected, JsonNode.Parse(page)!);
    }

    [Fact]
    public void Values_that_stress_the_number_forms_and_escaping_are_the_json_json_net_writes()
    {
        var layout = new Layout();
        layout.SetProperty("doubles", new object[]
        {
            0.0, 1.0, 40.0, 2.5, 0.1 + 0.2, 1e15, 1e16, 1e17, 1e20, -1e21, 1e-7, 5e-324, double.MaxValue, double.MinValue,
            123456789012345678901234567.0,
        });
        layout.SetProperty("nullable", new double?[] { 1.0, null, -3.25 });
        layout.SetProperty("floats", new object[] { 1.5f, 2f, 1e30f, 0.1f });
        layout.SetProperty("decimals", new object[] { 3m, 3.10m, 1e-28m, 79228162514264337593543950335m, -2.5m });
        layout.SetProperty("integers", new object[] { 0, -1, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue });
        layout.SetProperty("convertibles", new IConvertible?[] { 1.5, null, "two", 3 });
        layout.SetProperty("flags", new object?[] { true, false, null });
        var everyEscape = new string(Enumerable.Range(0, 0x80).Select(c => (char)c).ToArray()) + "\u0085\u00A0\u202F\u2028\u2029\uFEFF\uFFFF é€😀𝄞";
        layout.SetProperty("text", everyEscape);
        layout.SetProperty(everyEscape, "a key with every escape");
        layout.SetProperty("nested", new Dictionary<string, object>
        {
            ["list"] = new List<object> { 1, "two", 3.0, new Dictionary<string, object> { ["deep"] = new[] { "x" } } },
            ["empty"] = new Dictionary<string, object>(),
            ["none"] = Array.Empty<string>(),
        });
        layout.SetProperty("color", Color.fromColors([Color.fromString("#123456"), Color.fromString("rgba(0,0,0,0)")]));
        var inner = new Layout();
        inner.SetProperty("inner", 1.0);
        layout.SetProperty("dynamic", inner);
        var trace = new Trace2D("scatter");
        trace.SetProperty("y", new[] { 1.0, 2.0 });
        var chart = GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, new List<Trace> { trace }));

        var ours = Ours(chart);
        AssertSameJson(Reference(chart), ours);
        Assert.Equal(everyEscape, (string)ours["layout"]!["text"]!);
    }

    [Fact]
    public void A_number_json_cannot_hold_is_an_internal_error_not_a_guess()
    {
        // Json.NET would write NaN as the string "NaN", which plotly.js would take for a category.
        var layout = new Layout();
        layout.SetProperty("value", double.NaN);
        var chart = GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, new List<Trace>()));
        Assert.Throws<ArgumentException>(() => FigureSerializer.Write(chart));
    }

    [Fact]
    public void The_figure_json_does_not_depend_on_the_current_culture()
    {
        var (spec, data) = Parse("table: stress\ntype: line\ny: [budget, compute, share]\n", "fr", new Dictionary<string, DataTable> { ["stress"] = Table.Value });
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = FigureBuilder.Build(spec, data, "fr");
            CultureInfo.CurrentCulture = new CultureInfo("fr-CA");
            Assert.Equal(invariant, FigureBuilder.Build(spec, data, "fr"));
            Assert.Contains("\"y\":[1.8,", invariant, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [GeneratedRegex("^```chart\\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ChartBlock();

    [GeneratedRegex("<script type=\"application/json\" class=\"chart-figure\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex FigureScript();

    /// <summary>
    /// The explainer's charts (its copy of input/, English and French): what the real build put in its
    /// pages is, as JSON, what Plotly.NET writes for the same blocks.
    /// </summary>
    [Fact]
    public void The_explainer_charts_are_the_json_plotly_net_gives()
    {
        var tables = new Dictionary<string, DataTable>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Repo.Input, "data"), "*.yml").Order(StringComparer.Ordinal))
        {
            var diagnostics = new DiagnosticBag();
            var name = Path.GetFileName(path);
            var table = DataTableParser.Parse(new SourceFile(path, "data/" + name, "data/" + name, File.ReadAllText(path).ReplaceLineEndings("\n")), "en", diagnostics);
            Assert.Empty(diagnostics.Sorted());
            tables[table!.Id] = table;
        }
        var expected = new List<JsonNode>();
        foreach (var path in Directory.EnumerateFiles(Repo.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var language = Path.GetRelativePath(Repo.Input, path).Replace('\\', '/').StartsWith("fr/", StringComparison.Ordinal) ? "fr" : "en";
            foreach (Match block in ChartBlock().Matches(File.ReadAllText(path).ReplaceLineEndings("\n")))
            {
                var (spec, data) = Parse(block.Groups[1].Value, language, tables);
                expected.Add(Reference(FigureBuilder.Chart(spec, data, language)));
            }
        }

        var built = RealSite.Generated;
        Assert.True(built.Succeeded);
        // Chart pages only: an embed page (embed/…) repeats its chart's figure, as ChartEmbedTests checks.
        var actual = built.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal) && !f.RelativePath.Contains("embed/", StringComparison.Ordinal))
            .SelectMany(f => FigureScript().Matches(System.Text.Encoding.UTF8.GetString(f.Content!)).Select(m => JsonNode.Parse(m.Groups[1].Value)!))
            .ToList();

        Assert.Equal(16, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        // Each page's figure is one of Plotly.NET's, each used once.
        foreach (var figure in actual)
        {
            var match = expected.FindIndex(e => JsonNode.DeepEquals(e, figure));
            Assert.True(match >= 0, "a page's figure that Plotly.NET does not write:\n" + figure.ToJsonString());
            expected.RemoveAt(match);
        }
    }

    /// <summary>
    /// The point of the writer: a build that draws charts never loads Json.NET. Checked in a real
    /// process (the test process loads it for the references above): a startup hook of this assembly
    /// lists the loaded assemblies when the generator exits. Always the JIT build beside the tests (a
    /// startup hook is a .NET assembly's; a Native AOT binary has no assemblies to load).
    /// </summary>
    [Fact]
    public void A_build_with_charts_does_not_load_json_net()
    {
        using var site = CaseSite.Copy("charts/bar");
        var list = site.Combine("assemblies.txt");
        var result = SiteProcess.Run(site.Path, CaseSite.Args("charts/bar"), new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(FigureSerializerTests).Assembly.Location,
            [LoadedAssembliesHook.Variable] = list,
        }, siteDll: Repo.SiteDll);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("class=\"chart-figure\"", File.ReadAllText(site.Combine("output", "index.html")));
        var loaded = File.ReadAllLines(list);
        Assert.Contains("Plotly.NET", loaded); // the charts were built, with Plotly.NET's typed API
        Assert.DoesNotContain("Newtonsoft.Json", loaded);
    }
}
