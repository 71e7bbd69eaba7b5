using Microsoft.Playwright;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>
/// Every text element of every chart of the explainer, measured in Chromium at 320, 390, 768 and
/// 1280 px, in both languages and both themes: every value label is drawn, and no text overlaps
/// another or leaves the chart's box.
/// </summary>
[Collection("browser")]
public sealed class ChartTextLayoutBrowserTests(BrowserFixture fixture)
{
    private static readonly int[] Widths = [1280, 768, 390, 320];

    public static TheoryData<string> ChartPages()
    {
        // The pages whose source has a chart block, in both languages (the French tree mirrors the English one).
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Support.Repo.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!File.ReadAllText(file).Contains("```chart", StringComparison.Ordinal)) continue;
            var relative = Path.GetRelativePath(Support.Repo.Input, file).Replace('\\', '/')[..^3];
            data.Add(relative == "index" ? "/" : relative.EndsWith("/index", StringComparison.Ordinal) ? "/" + relative[..^5] : "/" + relative + "/");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ChartPages))]
    public async Task Every_label_is_drawn_and_no_chart_text_overlaps_or_leaves_its_box(string path)
    {
        await using var visit = await PageVisit.Open(fixture, path, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = Widths[0], Height = 900 } });
        await visit.DrawAllCharts();
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            foreach (var width in Widths)
            {
                await visit.Page.SetViewportSizeAsync(width, 900);
                await visit.DrawAllCharts();
                await visit.ChartsRedrawn();
                var found = await visit.Page.EvaluateAsync<string[]>(MeasureScript);
                problems.AddRange(found.Select(p => $"{path} at {width} px, {scheme}: {p}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(visit.ConsoleErrors);
    }

    /// <summary>
    /// For each chart: the value labels its figure asks for that plotly did not draw (or drew empty),
    /// the pairs of text elements whose boxes overlap by more than a pixel each way, and the text
    /// elements whose box leaves the plot's box.
    /// </summary>
    private const string MeasureScript = """
        () => {
          const problems = [];
          document.querySelectorAll('[data-chart]').forEach(figure => {
            const plot = figure.querySelector('.chart-plot');
            if (!plot || !plot.getClientRects().length) return;
            const name = figure.id;
            const figureJson = JSON.parse(figure.querySelector('.chart-figure').textContent);
            const wanted = figureJson.data.flatMap(trace => (trace.text || []).filter(t => t && trace.mode !== 'markers' && (trace.type !== 'scatter' || (trace.mode || '').includes('text'))));
            // Plotly writes each <br> line as a tspan: compare the characters, not the breaks.
            const normal = s => s.replace(/<br>/g, '').replace(/\s+/g, '');
            const drawnLabels = [...plot.querySelectorAll('.bartext, .textpoint text')]
              .filter(t => t.textContent.trim() && t.getClientRects().length && getComputedStyle(t).opacity !== '0')
              .map(t => normal(t.textContent));
            for (const label of wanted) {
              const i = drawnLabels.indexOf(normal(label));
              if (i < 0) problems.push(`${name}: label '${label}' not drawn`);
              else drawnLabels.splice(i, 1);
            }
            const box = plot.getBoundingClientRect();
            const texts = [...plot.querySelectorAll('svg text')]
              .filter(t => t.textContent.trim() && t.getClientRects().length && getComputedStyle(t).opacity !== '0' && getComputedStyle(t).visibility !== 'hidden')
              .map(t => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }))
              .filter(t => t.r.width > 0 && t.r.height > 0);
            for (const t of texts) {
              if (t.r.left < box.left - 1 || t.r.right > box.right + 1 || t.r.top < box.top - 1 || t.r.bottom > box.bottom + 1)
                problems.push(`${name}: '${t.text}' leaves the chart's box (${Math.round(t.r.left - box.left)}..${Math.round(t.r.right - box.left)} of ${Math.round(box.width)} px wide, ${Math.round(t.r.top - box.top)}..${Math.round(t.r.bottom - box.top)} of ${Math.round(box.height)} high)`);
            }
            for (let i = 0; i < texts.length; i++)
              for (let j = i + 1; j < texts.length; j++) {
                const a = texts[i].r, b = texts[j].r;
                const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (x > 1 && y > 1) problems.push(`${name}: '${texts[i].text}' and '${texts[j].text}' overlap (${Math.round(x)}×${Math.round(y)} px)`);
              }
          });
          return problems;
        }
        """;
}
