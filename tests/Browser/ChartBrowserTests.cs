using Microsoft.Playwright;
using Site.Data;
using Site.Diagnostics;
using Site.Loading;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>The explainer's charts in a real headless Chromium (Debian's, through Playwright).</summary>
[Collection("browser charts")]
public sealed class ChartBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/nations/", 2)]
    [InlineData("/pillars/compute/", 1)]
    [InlineData("/risks/", 2)]
    [InlineData("/", 1)]
    public async Task Every_chart_draws_its_svg_with_no_console_error(string path, int charts)
    {
        await using var visit = await PageVisit.Open(fixture, path);
        Assert.Equal(charts, await visit.Page.Locator("[data-chart]").CountAsync());
        await visit.DrawAllCharts();
        for (var i = 0; i < charts; i++)
        {
            var chart = visit.Page.Locator("[data-chart]").Nth(i);
            // Bars or lines are drawn: plotly's trace layer has at least one shape.
            Assert.True(await chart.Locator(".overplot .trace .point").CountAsync() > 0, $"chart {i} on {path} has no marks");
            // Plotly's SVG is one image, named by the title and described by the summary line.
            var id = await chart.GetAttributeAsync("id");
            var svg = chart.Locator("svg.main-svg").First;
            Assert.Equal("img", await svg.GetAttributeAsync("role"));
            Assert.Equal(id + "-title", await svg.GetAttributeAsync("aria-labelledby"));
            Assert.Equal(id + "-summary", await svg.GetAttributeAsync("aria-describedby"));
            Assert.Equal(1, await chart.Locator("#" + id + "-summary.chart-summary").CountAsync());
        }
        Assert.Empty(visit.ConsoleErrors);
    }

    [Fact]
    public async Task Tabs_work_with_the_keyboard_alone()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/");
        var chart = visit.Page.Locator("[data-chart]").First;
        var chartTab = chart.Locator("[role=tab]").Nth(0);
        var tableTab = chart.Locator("[role=tab]").Nth(1);
        var downloadTab = chart.Locator("[role=tab]").Nth(2);
        Assert.True(await chart.Locator("[role=tablist]").IsVisibleAsync());

        await chartTab.FocusAsync();
        await visit.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("true", await tableTab.GetAttributeAsync("aria-selected"));
        Assert.True(await tableTab.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.True(await chart.Locator(".chart-panel-table").IsVisibleAsync());
        Assert.False(await chart.Locator(".chart-panel-chart").IsVisibleAsync());
        Assert.Equal("-1", await chartTab.GetAttributeAsync("tabindex"));

        // The last view is Embed (issue 26), the one before it Download.
        var embedTab = chart.Locator("[role=tab]").Nth(3);
        await visit.Page.Keyboard.PressAsync("End");
        Assert.Equal("true", await embedTab.GetAttributeAsync("aria-selected"));
        Assert.True(await chart.Locator(".chart-panel-embed textarea").IsVisibleAsync());
        await visit.Page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("true", await downloadTab.GetAttributeAsync("aria-selected"));
        Assert.True(await chart.Locator(".chart-panel-download a[href$='.csv']").IsVisibleAsync());

        await visit.Page.Keyboard.PressAsync("ArrowRight");
        await visit.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("true", await chartTab.GetAttributeAsync("aria-selected"));
        await visit.Page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("true", await embedTab.GetAttributeAsync("aria-selected"));
        await visit.Page.Keyboard.PressAsync("Home");
        Assert.Equal("true", await chartTab.GetAttributeAsync("aria-selected"));
        Assert.True(await chart.Locator(".chart-panel-chart").IsVisibleAsync());

        // Tab leaves the tab list for the panel (one tab stop for the whole list).
        await visit.Page.Keyboard.PressAsync("Tab");
        Assert.False(await chart.Locator("[role=tab]").EvaluateAllAsync<bool>("tabs => tabs.includes(document.activeElement)"));
    }

    [Fact]
    public async Task Without_javascript_the_summary_and_table_show_and_the_tabs_do_not()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/", new BrowserNewContextOptions { JavaScriptEnabled = false });
        var chart = visit.Page.Locator("[data-chart]").First;
        Assert.True(await chart.Locator(".chart-summary").IsVisibleAsync());
        Assert.True(await chart.Locator(".chart-panel-table table").IsVisibleAsync());
        Assert.True(await chart.Locator(".chart-source").IsVisibleAsync());
        Assert.False(await chart.Locator("[role=tablist]").IsVisibleAsync());
        Assert.False(await chart.Locator(".chart-panel-chart").IsVisibleAsync());
        Assert.DoesNotContain(visit.Requests, url => url.Contains("plotly-basic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_paper_the_table_is_printed_and_the_interactive_parts_are_not()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/");
        await visit.DrawAllCharts();
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var chart = visit.Page.Locator("[data-chart]").First;
        Assert.True(await chart.Locator(".chart-panel-table table").IsVisibleAsync());
        Assert.False(await chart.Locator("[role=tablist]").IsVisibleAsync());
        Assert.False(await chart.Locator(".chart-panel-chart").IsVisibleAsync());
    }

    [Fact]
    public async Task A_page_without_charts_requests_no_plotly_file()
    {
        await using var visit = await PageVisit.Open(fixture, "/glossary/");
        await visit.Page.Mouse.WheelAsync(0, 20_000);
        await visit.Page.WaitForTimeoutAsync(300);
        Assert.DoesNotContain(visit.Requests, url => url.Contains("plotly", StringComparison.Ordinal) || url.Contains("charts.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plotly_loads_only_when_a_chart_nears_the_viewport()
    {
        await using var visit = await PageVisit.Open(fixture, "/brain-drain/", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 800, Height = 400 } });
        Assert.DoesNotContain(visit.Requests, url => url.Contains("plotly-basic", StringComparison.Ordinal));
        await visit.DrawAllCharts();
        Assert.Single(visit.Requests, url => url.Contains("plotly-basic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Charts_follow_a_live_change_of_scheme_and_width_as_if_the_page_had_loaded_so()
    {
        // A reader's system switching to dark at sunset, and the window narrowed to a phone's width:
        // the page changes in place (the walk of every page relies on it, SiteWalks), and its charts
        // end up as a page loaded dark at 320 px draws them (colours, size, margins, type).
        await using var live = await PageVisit.Open(fixture, "/nations/");
        await live.DrawAllCharts();
        await live.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await live.Page.SetViewportSizeAsync(320, 640);
        await live.DrawAllCharts();
        await live.ChartsRedrawn();
        Assert.Equal("rgb(20, 19, 18)", await live.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("true", await live.Page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));

        await using var loaded = await PageVisit.Open(fixture, "/nations/", new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 320, Height = 640 }, ColorScheme = ColorScheme.Dark,
        });
        await loaded.DrawAllCharts();
        var expected = await loaded.Page.EvaluateAsync<string[]>(ChartsAsDrawnScript);
        Assert.Equal(2, expected.Length);
        Assert.Contains("font 12 rgb(236, 235, 232)", expected[0], StringComparison.Ordinal);
        Assert.Equal(expected, await live.Page.EvaluateAsync<string[]>(ChartsAsDrawnScript));
        Assert.Empty(live.ConsoleErrors);
    }

    /// <summary>Each chart as plotly laid it out (its size, margins, type) and the colour of its first axis label.</summary>
    private const string ChartsAsDrawnScript = """
        () => [...document.querySelectorAll('[data-chart] .chart-plot')].map(plot => {
          const l = plot._fullLayout, m = l.margin, tick = plot.querySelector('.xtick text, .ytick text');
          return `${l.width}×${l.height} margins ${m.l} ${m.r} ${m.t} ${m.b} font ${l.font.size} ${getComputedStyle(tick).fill}`;
        })
        """;

    [Fact]
    public async Task Charts_follow_the_dark_theme()
    {
        await using var visit = await PageVisit.Open(fixture, "/nations/", new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        await visit.DrawAllCharts();
        var fill = await visit.Page.Locator("[data-chart] .xtick text").First.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal("rgb(236, 235, 232)", fill);
    }

    [Theory]
    [InlineData("en", "/data/")]
    [InlineData("fr", "/fr/data/")]
    public async Task The_csv_download_matches_the_yaml_table(string language, string folder)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var yaml in Directory.EnumerateFiles(Path.Combine(Repo.Input, "data"), "*.yml"))
        {
            var file = SourceLoader.Read(yaml, "data/" + Path.GetFileName(yaml), Repo.Root, diagnostics)!;
            var table = DataTableParser.Parse(file, "en", diagnostics)!;
            using var http = new HttpClient();
            var csv = await http.GetStringAsync(fixture.Server.Url($"{folder}{table.Id}.csv"));
            var lines = ParseCsv(csv);
            Assert.Equal(table.Rows.Count + 1, lines.Count);
            // Headers in the page's language; values machine-readable and the same in every language.
            Assert.Equal(DataExport.CsvHeaders(table, language), lines[0]);
            // A per-row currency column is two fields: the number, then its currency.
            for (var r = 0; r < table.Rows.Count; r++)
                Assert.Equal(table.Columns.SelectMany(c => c.CurrencyPerRow
                    ? [ValueFormatter.MachineText(table.Rows[r].Cells[c.Id], c, language), ValueFormatter.MachineCurrency(table.Rows[r].Cells[c.Id], c)]
                    : new[] { ValueFormatter.MachineText(table.Rows[r].Cells[c.Id], c, language) }), lines[r + 1]);
        }
        Assert.Empty(diagnostics.Sorted());
        // The same literal values in both languages: no grouping, no decimal comma, the article's signs.
        using var client = new HttpClient();
        var infrastructure = ParseCsv(await client.GetStringAsync(fixture.Server.Url($"{folder}infrastructure.csv"))).SelectMany(l => l).ToList();
        Assert.Contains("~5000+", infrastructure);
        Assert.Contains("0.15-0.30", infrastructure.Select(v => v.Replace('\u2013', '-')));
    }

    /// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, CRLF line ends.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = new List<string>(); }
            else field.Append(c);
        }
        return rows;
    }
}
