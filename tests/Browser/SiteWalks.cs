using System.Collections.Concurrent;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// Walks of every page of the built site, one per screen state (colour scheme, width), several tabs
/// at once. A walk visits each page once and runs there every check that needs that state (axe,
/// requests, console errors, clipped cells, sideways scroll), so the tests that ask "every page, in
/// this state" read one walk's findings instead of each walking the site again. A walk runs once per
/// test run, started by the first test that needs it; the others wait for it.
/// </summary>
public sealed class SiteWalks(BrowserFixture fixture)
{
    /// <summary>
    /// Tabs open at once. Chromium waits on loading, idle network and rendering as much as on the
    /// CPU, so a few tabs pay even on two cores; SITE_BROWSER_TABS overrides it.
    /// </summary>
    public static int Tabs =>
        int.TryParse(Environment.GetEnvironmentVariable("SITE_BROWSER_TABS"), out var tabs) && tabs > 0 ? tabs : 4;

    /// <summary>What one page showed in one walk; a check a walk does not run leaves its field empty.</summary>
    public sealed class Findings(string path)
    {
        public string Path { get; } = path;
        /// <summary>Why the visit itself failed (the page did not load, a chart never drew), or null.</summary>
        public string? Error { get; set; }
        public IReadOnlyList<string> Requests { get; set; } = [];
        public IReadOnlyList<string> ConsoleErrors { get; set; } = [];
        /// <summary>axe's violations, each as "id: help — nodes".</summary>
        public IReadOnlyList<string> AxeViolations { get; set; } = [];
        public IReadOnlyList<string> ClippedCells { get; set; } = [];
        public int ScrollWidth { get; set; }
    }

    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<Findings>>>> _walks = new(StringComparer.Ordinal);

    private static BrowserNewContextOptions Screen(int width, int height) =>
        new() { ViewportSize = new ViewportSize { Width = width, Height = height } };

    /// <summary>
    /// Every page and the 404 page in a colour scheme, charts drawn: the requests and console errors
    /// up to then, and axe's findings.
    /// </summary>
    public Task<IReadOnlyList<Findings>> Scheme(ColorScheme scheme) =>
        Walk($"scheme {scheme}", fixture.PagePaths.Append("/404.html").Append("/fr/404.html"), new BrowserNewContextOptions { ColorScheme = scheme }, async (visit, found) =>
        {
            await visit.DrawAllCharts();
            lock (visit.Requests) found.Requests = visit.Requests.ToList();
            lock (visit.ConsoleErrors) found.ConsoleErrors = visit.ConsoleErrors.ToList();
            var result = await visit.Page.RunAxe();
            found.AxeViolations = result.Violations
                .Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        });

    /// <summary>
    /// Every page at a width, 900 px tall, with every chart's table panel shown: the clipped cells.
    /// At 320 px the same visit then goes on at 320×640 with the panels as they were and every chart
    /// drawn, and measures how wide the document is.
    /// </summary>
    public Task<IReadOnlyList<Findings>> Width(int width) =>
        Walk($"width {width}", fixture.PagePaths, Screen(width, 900), async (visit, found) =>
        {
            await visit.Page.EvaluateAsync(ShowTablePanelsScript);
            found.ClippedCells = await visit.Page.EvaluateAsync<string[]>(ClippedCellsScript);
            if (width != 320) return;
            await visit.Page.EvaluateAsync(RestoreTablePanelsScript);
            await visit.Page.SetViewportSizeAsync(320, 640);
            await visit.DrawAllCharts();
            found.ScrollWidth = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        });

    private Task<IReadOnlyList<Findings>> Walk(string name, IEnumerable<string> paths, BrowserNewContextOptions options, Func<PageVisit, Findings, Task> checks) =>
        _walks.GetOrAdd(name, _ => new Lazy<Task<IReadOnlyList<Findings>>>(() => Run(paths.ToList(), options, checks))).Value;

    private async Task<IReadOnlyList<Findings>> Run(List<string> paths, BrowserNewContextOptions options, Func<PageVisit, Findings, Task> checks)
    {
        var found = new Findings[paths.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, paths.Count), new ParallelOptions { MaxDegreeOfParallelism = Tabs }, async (i, _) =>
        {
            found[i] = new Findings(paths[i]);
            try
            {
                await using var visit = await PageVisit.Open(fixture, paths[i], options, allowNotFound: paths[i].EndsWith("/404.html", StringComparison.Ordinal));
                await checks(visit, found[i]);
            }
            catch (Exception exception)
            {
                // Reported by every test that reads this page's findings, with the page named.
                found[i].Error = $"{exception.GetType().Name}: {exception.Message}";
            }
        });
        return found;
    }

    /// <summary>Shows every chart's table panel, remembering which were hidden.</summary>
    private const string ShowTablePanelsScript = """
        () => {
          window.__hiddenTablePanels = [...document.querySelectorAll('.chart-panel-table')].filter(p => p.hidden);
          window.__hiddenTablePanels.forEach(p => { p.hidden = false; });
        }
        """;

    private const string RestoreTablePanelsScript = "() => window.__hiddenTablePanels.forEach(p => { p.hidden = true; })";

    /// <summary>
    /// A cell is clipped when its text overflows it, or when an ancestor that hides overflow cuts it.
    /// Scroll boxes do not clip (the reader scrolls), but they must themselves be fully visible.
    /// </summary>
    private const string ClippedCellsScript = """
        () => {
          const found = [];
          const clipsX = el => { const o = getComputedStyle(el).overflowX; return o === 'hidden' || o === 'clip'; };
          const scrolls = el => { const o = getComputedStyle(el).overflowX; return o === 'auto' || o === 'scroll'; };
          for (const cell of document.querySelectorAll('main th, main td')) {
            if (!cell.getClientRects().length) continue;
            const name = (cell.textContent || '').trim().slice(0, 40);
            if (cell.scrollWidth > cell.clientWidth + 1) found.push(`'${name}' overflows its cell`);
            let box = cell.getBoundingClientRect();
            for (let el = cell.parentElement; el && el !== document.body; el = el.parentElement) {
              if (scrolls(el)) { box = el.getBoundingClientRect(); continue; }
              if (!clipsX(el)) continue;
              const r = el.getBoundingClientRect();
              if (box.left < r.left - 1 || box.right > r.right + 1) { found.push(`'${name}' is cut by ${el.tagName.toLowerCase()}.${el.className}`); break; }
            }
          }
          return found;
        }
        """;
}
