using Site.Charts;
using Site.Data;
using Site.Diagnostics;
using Site.Yaml;
using Xunit;

namespace Site.Tests.Charts;

/// <summary>
/// A chart block's own title and subtitle (in the page's language, or per language) head the figure
/// instead of the table's title; the summary, the source line and the notes follow the views, once.
/// </summary>
public sealed class ChartHeadingTests
{
    private const string Nbsp = "\u00A0";

    private const string TableYaml = """
        title: { en: National AI strategies compared, fr: "Stratégies nationales d’IA comparées" }
        source:
          - { title: "Canada's AI for All", publisher: "AINews (Hacker News)", date: 2026-06 }
        notes: { en: Estimates by the article., fr: "Estimations de l’article." }
        columns:
          - { id: country, label: { en: Country, fr: Pays }, type: text, key: true }
          - { id: budget, label: { en: AI strategy budget, fr: "Budget de la stratégie d’IA" }, type: money, currency: USD, scale: billion }
        rows:
          - { country: Canada, budget: 1.8 }
          - { country: { en: Saudi Arabia, fr: Arabie saoudite }, budget: 40 }
        """;

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string blockYaml, string language)
    {
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(new SourceFile("/strategies.yml", "strategies.yml", "strategies.yml", TableYaml), "en", diagnostics)!;
        var file = new SourceFile("/page.md", "page.md", "page.md", blockYaml);
        var block = (YMap)YamlReader.Parse(new YamlReader.Fragment(file, blockYaml), Codes.CHART001, diagnostics, out _)!;
        var spec = ChartSpecParser.Parse(block, new Dictionary<string, DataTable> { [table.Id] = table }, language, diagnostics);
        if (spec is null) return ("", diagnostics.Sorted());
        var data = ChartData.From(spec, language);
        return (ChartHtml.Write(spec, data, FigureBuilder.Build(spec, data, language), "chart-1", language, "/data/"), diagnostics.Sorted());
    }

    /// <summary>The markup with accented letters as characters (the encoder writes é as &amp;#233;, which the page shows the same).</summary>
    private static string French(string blockYaml)
    {
        var html = Render(blockYaml, "fr").Html;
        return System.Text.RegularExpressions.Regex.Replace(html, "&#(\\d+);", m => ((char)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }

    [Fact]
    public void The_blocks_title_and_subtitle_replace_the_tables_title()
    {
        var (html, diagnostics) = Render("table: strategies\ny: budget\ntitle: Saudi Arabia outspends everyone\nsubtitle: AI strategy budgets, US$ billions\n", "en");
        Assert.Empty(diagnostics);
        Assert.Contains("<p class=\"chart-title\" id=\"chart-1-title\">Saudi Arabia outspends everyone</p>\n<p class=\"chart-subtitle\">AI strategy budgets, US$ billions</p>\n<div class=\"chart-tabs\"", html);
        Assert.DoesNotContain("National AI strategies compared</p>", html);
    }

    [Fact]
    public void Without_a_title_the_chart_is_headed_by_the_tables_title_and_has_no_subtitle()
    {
        var html = French("table: strategies\ny: budget\n");
        Assert.Contains("<p class=\"chart-title\" id=\"chart-1-title\">Stratégies nationales d’IA comparées</p>\n<div class=\"chart-tabs\"", html);
        Assert.DoesNotContain("chart-subtitle", html);
    }

    [Fact]
    public void A_french_page_writes_its_french_title_directly_or_per_language()
    {
        var direct = French("table: strategies\ny: budget\ntitle: L’Arabie saoudite dépense le plus\nsubtitle: Budgets, en milliards de dollars US\n");
        Assert.Contains(">L’Arabie saoudite dépense le plus</p>\n<p class=\"chart-subtitle\">Budgets, en milliards de dollars US</p>", direct);

        const string both = "table: strategies\ny: budget\ntitle: { en: Saudi Arabia spends most, fr: L’Arabie saoudite dépense le plus }\n";
        Assert.Contains(">Saudi Arabia spends most</p>", Render(both, "en").Html);
        Assert.Contains(">L’Arabie saoudite dépense le plus</p>", French(both));
    }

    [Fact]
    public void Title_and_subtitle_are_escaped()
    {
        var (html, _) = Render("table: strategies\ny: budget\ntitle: \"<script>alert(1)</script> & co\"\nsubtitle: \"\\\"quoted\\\" <b>\"\n", "en");
        Assert.Contains(">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>", html);
        Assert.Contains("<p class=\"chart-subtitle\">&quot;quoted&quot; &lt;b&gt;</p>", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public void A_title_mapping_without_the_pages_language_is_a_located_error()
    {
        var (_, diagnostics) = Render("table: strategies\ny: budget\ntitle: { fr: Budgets }\n", "en");
        Assert.Equal("page.md:3:8: error CHART001: 'title' has no text in the default language 'en'", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void The_summary_source_and_notes_come_once_after_the_views_and_the_summary_describes_the_figure()
    {
        var html = French("table: strategies\ny: budget\ncaption: A caption.\n");
        Assert.Contains("aria-labelledby=\"chart-1-title\" aria-describedby=\"chart-1-summary\" data-chart>", html);
        var download = html.IndexOf("chart-panel-download", StringComparison.Ordinal);
        var summary = html.IndexOf("<p class=\"chart-summary\" id=\"chart-1-summary\">", StringComparison.Ordinal);
        var source = html.IndexOf("<p class=\"chart-source\">Source" + Nbsp + ": <cite lang=\"en\">", StringComparison.Ordinal);
        var notes = html.IndexOf("<p class=\"chart-notes\">Estimations de l’article.</p>", StringComparison.Ordinal);
        var caption = html.IndexOf("<figcaption>A caption.</figcaption>", StringComparison.Ordinal);
        Assert.True(download > 0 && download < summary && summary < source && source < notes && notes < caption, html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<cite[ >]"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"chart-summary\""));
        Assert.DoesNotContain("role=\"tab\" id=\"chart-1-tab-sources\"", html);
    }
}
