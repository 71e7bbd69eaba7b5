using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// Walks of every page of the built site, one per screen state, several tabs at once. A walk visits
/// each page once and runs there every check that needs that state (axe, requests, console errors,
/// clipped cells, sideways scroll), so the tests that ask "every page, in this state" read one walk's
/// findings instead of each walking the site again. The states: light at 1280 px (Playwright's
/// default scheme and width, read by the light-scheme tests and the 1280 px tests alike), dark at
/// 1280 px, 390 px and 320 px. The first test that asks for a walk starts them all; they share one
/// pool of tabs and go on while the browser collection's other tests run, and each test awaits its own.
/// </summary>
public sealed class SiteWalks
{
    /// <summary>
    /// Tabs open at once, over all walks. Chromium waits on loading, idle network and rendering as much
    /// as on the CPU, so a few tabs pay even on two cores; SITE_BROWSER_TABS overrides it.
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

    private readonly BrowserFixture _fixture;
    private readonly SemaphoreSlim _tabs = new(Tabs);
    private readonly Lazy<Walks> _walks;

    private sealed record Walks(
        Task<IReadOnlyList<Findings>> Light, Task<IReadOnlyList<Findings>> Dark,
        Task<IReadOnlyList<Findings>> Width390, Task<IReadOnlyList<Findings>> Width320)
    {
        public Task All => Task.WhenAll(Light, Dark, Width390, Width320);
    }

    public SiteWalks(BrowserFixture fixture)
    {
        _fixture = fixture;
        _walks = new Lazy<Walks>(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Every page and both 404 pages in a colour scheme at 1280×900, charts drawn.</summary>
    public Task<IReadOnlyList<Findings>> Scheme(ColorScheme scheme) =>
        scheme == ColorScheme.Dark ? _walks.Value.Dark : _walks.Value.Light;

    /// <summary>Every page at a width (1280 is the light walk; the 404 pages have no table).</summary>
    public Task<IReadOnlyList<Findings>> Width(int width) => width switch
    {
        1280 => _walks.Value.Light,
        390 => _walks.Value.Width390,
        320 => _walks.Value.Width320,
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "no walk at this width"),
    };

    /// <summary>Waits for the walks that were started (none when no test asked for one), before the browser closes.</summary>
    public async Task Finish()
    {
        if (_walks.IsValueCreated) await _walks.Value.All;
    }

    private Walks Start()
    {
        var everyPage = _fixture.PagePaths.Append("/404.html").Append("/fr/404.html").ToList();
        var pages = _fixture.PagePaths.ToList();
        return new Walks(
            // Light at 1280 px: requests and console errors up to the drawn charts, axe on the page as
            // the reader sees it, then every chart's table panel shown and the clipped cells.
            Run(everyPage, Screen(1280, 900, ColorScheme.Light), async (visit, found) =>
            {
                await visit.DrawAllCharts();
                lock (visit.Requests) found.Requests = visit.Requests.ToList();
                lock (visit.ConsoleErrors) found.ConsoleErrors = visit.ConsoleErrors.ToList();
                found.AxeViolations = await AxeScan.Violations(visit.Page);
                await visit.Page.EvaluateAsync(ShowTablePanelsScript);
                found.ClippedCells = await visit.Page.EvaluateAsync<string[]>(ClippedCellsScript);
            }),
            Run(everyPage, Screen(1280, 900, ColorScheme.Dark), async (visit, found) =>
            {
                await visit.DrawAllCharts();
                lock (visit.Requests) found.Requests = visit.Requests.ToList();
                lock (visit.ConsoleErrors) found.ConsoleErrors = visit.ConsoleErrors.ToList();
                found.AxeViolations = await AxeScan.Violations(visit.Page);
            }),
            Run(pages, Screen(390, 900), async (visit, found) =>
            {
                await visit.Page.EvaluateAsync(ShowTablePanelsScript);
                found.ClippedCells = await visit.Page.EvaluateAsync<string[]>(ClippedCellsScript);
            }),
            // At 320 px the same visit then goes on at 320×640 with the panels as they were and every
            // chart drawn, and measures how wide the document is.
            Run(pages, Screen(320, 900), async (visit, found) =>
            {
                await visit.Page.EvaluateAsync(ShowTablePanelsScript);
                found.ClippedCells = await visit.Page.EvaluateAsync<string[]>(ClippedCellsScript);
                await visit.Page.EvaluateAsync(RestoreTablePanelsScript);
                await visit.Page.SetViewportSizeAsync(320, 640);
                await visit.DrawAllCharts();
                found.ScrollWidth = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            }));
    }

    private static BrowserNewContextOptions Screen(int width, int height, ColorScheme scheme = ColorScheme.Light) =>
        new() { ViewportSize = new ViewportSize { Width = width, Height = height }, ColorScheme = scheme };

    private async Task<IReadOnlyList<Findings>> Run(List<string> paths, BrowserNewContextOptions options, Func<PageVisit, Findings, Task> checks)
    {
        var found = paths.Select(path => new Findings(path)).ToArray();
        await Task.WhenAll(found.Select(async page =>
        {
            await _tabs.WaitAsync();
            try
            {
                await using var visit = await PageVisit.Open(_fixture, page.Path, options, allowNotFound: page.Path.EndsWith("/404.html", StringComparison.Ordinal));
                await checks(visit, page);
            }
            catch (Exception exception)
            {
                // Reported by every test that reads this page's findings, with the page named.
                page.Error = $"{exception.GetType().Name}: {exception.Message}";
            }
            finally
            {
                _tabs.Release();
            }
        }));
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
