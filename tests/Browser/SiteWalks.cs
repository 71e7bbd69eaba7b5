using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// One walk of every page of the built site, several tabs at once, each page loaded once and then
/// seen in four screen states in turn, changed in place as a reader's window or system setting
/// changes them: light at 1280 px (Playwright's default scheme and width, read by the light-scheme
/// tests and the 1280 px tests alike), dark at 1280 px, light at 390 px and at 320 px. In each state
/// the visit runs every check that needs it (axe, requests, console errors, clipped cells, sideways
/// scroll) once the charts are redrawn for it, and keeps the findings per state, so the tests that ask
/// "every page, in this state" read them instead of each walking the site again. The first test that
/// asks for the walk starts it; it goes on while the browser collection's other tests run.
/// </summary>
public sealed class SiteWalks
{
    /// <summary>
    /// Tabs open at once. Chromium waits on loading, idle network and rendering as much as on the CPU,
    /// so a few tabs pay even on two cores; SITE_BROWSER_TABS overrides it.
    /// </summary>
    public static int Tabs =>
        int.TryParse(Environment.GetEnvironmentVariable("SITE_BROWSER_TABS"), out var tabs) && tabs > 0 ? tabs : 4;

    /// <summary>What one page showed in one state; a check a state does not run leaves its field empty.</summary>
    public sealed class Findings(string path)
    {
        public string Path { get; } = path;
        /// <summary>Why the visit failed in this state or an earlier one (the page did not load, a chart never drew), or null.</summary>
        public string? Error { get; set; }
        /// <summary>The requests the page made, and the errors it logged, while in this state (the first state: since it began to load).</summary>
        public IReadOnlyList<string> Requests { get; set; } = [];
        public IReadOnlyList<string> ConsoleErrors { get; set; } = [];
        /// <summary>axe's violations, each as "id: help — nodes".</summary>
        public IReadOnlyList<string> AxeViolations { get; set; } = [];
        public IReadOnlyList<string> ClippedCells { get; set; } = [];
        public int ScrollWidth { get; set; }
    }

    private readonly BrowserFixture _fixture;
    private readonly SemaphoreSlim _tabs = new(Tabs);
    private readonly Lazy<Task<Walk>> _walk;

    /// <summary>The findings of every page, per state (the 404 pages are in the two 1280 px states only: they have no table).</summary>
    private sealed record Walk(
        IReadOnlyList<Findings> Light, IReadOnlyList<Findings> Dark, IReadOnlyList<Findings> Width390, IReadOnlyList<Findings> Width320);

    public SiteWalks(BrowserFixture fixture)
    {
        _fixture = fixture;
        _walk = new Lazy<Task<Walk>>(Run, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Every page and both 404 pages in a colour scheme at 1280×900, charts drawn.</summary>
    public async Task<IReadOnlyList<Findings>> Scheme(ColorScheme scheme) =>
        scheme == ColorScheme.Dark ? (await _walk.Value).Dark : (await _walk.Value).Light;

    /// <summary>Every page at a width (1280 is the light state; the 404 pages have no table).</summary>
    public async Task<IReadOnlyList<Findings>> Width(int width) => width switch
    {
        1280 => (await _walk.Value).Light,
        390 => (await _walk.Value).Width390,
        320 => (await _walk.Value).Width320,
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "no state at this width"),
    };

    /// <summary>Waits for the walk if one was started (none when no test asked for it), before the browser closes.</summary>
    public async Task Finish()
    {
        if (_walk.IsValueCreated) await _walk.Value;
    }

    private async Task<Walk> Run()
    {
        var paths = _fixture.PagePaths.Append("/404.html").Append("/fr/404.html").ToList();
        var light = paths.Select(path => new Findings(path)).ToArray();
        var dark = paths.Select(path => new Findings(path)).ToArray();
        var at390 = paths.Select(path => new Findings(path)).ToArray();
        var at320 = paths.Select(path => new Findings(path)).ToArray();
        await Task.WhenAll(paths.Select(async (path, i) =>
        {
            await _tabs.WaitAsync();
            try
            {
                await Visit(path, light[i], dark[i], at390[i], at320[i]);
            }
            finally
            {
                _tabs.Release();
            }
        }));
        var hasTables = (Findings page) => !IsNotFoundPage(page.Path);
        return new Walk(light, dark, at390.Where(hasTables).ToList(), at320.Where(hasTables).ToList());
    }

    private static bool IsNotFoundPage(string path) => path.EndsWith("/404.html", StringComparison.Ordinal);

    /// <summary>One page, loaded once at 1280×900 in the light scheme, then taken through every state.</summary>
    private async Task Visit(string path, Findings light, Findings dark, Findings at390, Findings at320)
    {
        var states = IsNotFoundPage(path) ? new[] { light, dark } : new[] { light, dark, at390, at320 };
        var current = 0;
        PageVisit? visit = null;
        var requestsSeen = 0;
        var errorsSeen = 0;
        // Each state's requests and console errors are those since the previous state ended.
        void Logged(Findings found)
        {
            lock (visit!.Requests) { found.Requests = visit.Requests.Skip(requestsSeen).ToList(); requestsSeen = visit.Requests.Count; }
            lock (visit.ConsoleErrors) { found.ConsoleErrors = visit.ConsoleErrors.Skip(errorsSeen).ToList(); errorsSeen = visit.ConsoleErrors.Count; }
        }
        try
        {
            visit = await PageVisit.Open(_fixture, path, Screen(1280, 900), allowNotFound: IsNotFoundPage(path));
            var page = visit.Page;

            // Light at 1280 px: requests and console errors up to the drawn charts, axe (every rule)
            // on the page as the reader sees it, then every chart's table panel shown and the clipped cells.
            await visit.DrawAllCharts();
            Logged(light);
            light.AxeViolations = await AxeScan.Violations(page);
            var lightDom = await page.EvaluateAsync<string>(DomWithoutColoursScript);
            if (!IsNotFoundPage(path))
            {
                await page.EvaluateAsync(ShowTablePanelsScript);
                light.ClippedCells = await page.EvaluateAsync<string[]>(ClippedCellsScript);
                await page.EvaluateAsync(RestoreTablePanelsScript);
            }

            // Dark at 1280 px, as a reader's system switching to dark: the charts redraw in the dark
            // colours, and axe's colour rules run on it. Only those: the rest see what they saw in the
            // light scheme, which is checked here (the DOM is the same but for colours).
            current = 1;
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            await visit.ChartsRedrawn();
            var darkDom = await page.EvaluateAsync<string>(DomWithoutColoursScript);
            if (darkDom != lightDom)
                throw new InvalidOperationException("the DOM differs between the light and the dark scheme beyond colours, so axe's other rules must run in the dark scheme too: " + FirstDifference(lightDom, darkDom));
            dark.AxeViolations = await AxeScan.Violations(page, AxeScan.ColourRules);
            Logged(dark);
            if (IsNotFoundPage(path)) return;

            // Light at 390 px (a phone): every chart's table panel shown, and the clipped cells.
            current = 2;
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            await page.SetViewportSizeAsync(390, 900);
            await visit.ChartsRedrawn();
            await page.EvaluateAsync(ShowTablePanelsScript);
            at390.ClippedCells = await page.EvaluateAsync<string[]>(ClippedCellsScript);
            Logged(at390);

            // At 320 px the clipped cells with the panels still shown; then at 320×640 with the panels
            // as they were and every chart drawn, how wide the document is.
            current = 3;
            await page.SetViewportSizeAsync(320, 900);
            await visit.ChartsRedrawn();
            at320.ClippedCells = await page.EvaluateAsync<string[]>(ClippedCellsScript);
            await page.EvaluateAsync(RestoreTablePanelsScript);
            await page.SetViewportSizeAsync(320, 640);
            await visit.DrawAllCharts();
            await visit.ChartsRedrawn();
            at320.ScrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Logged(at320);
        }
        catch (Exception exception)
        {
            // Reported by every test that reads this page's findings in this state or a later one, with the page named.
            foreach (var state in states.Skip(current)) state.Error = $"{exception.GetType().Name}: {exception.Message}";
        }
        finally
        {
            if (visit is not null) await visit.DisposeAsync();
        }
    }

    private static BrowserNewContextOptions Screen(int width, int height) =>
        new() { ViewportSize = new ViewportSize { Width = width, Height = height }, ColorScheme = ColorScheme.Light };

    private static string FirstDifference(string a, string b)
    {
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        var from = Math.Max(0, at - 80);
        return $"light …{a[from..Math.Min(a.Length, at + 80)]}… dark …{b[from..Math.Min(b.Length, at + 80)]}…";
    }

    /// <summary>
    /// The document's markup without what a scheme change may change: the colours plotly writes into
    /// the charts' SVG as it redraws them (style, fill and stroke attributes), the ids of each drawing
    /// and its traces (random, or derived from colours), and the theme toggle's
    /// aria-pressed, which says which scheme is on ("false" and "true", both valid for a toggle button).
    /// </summary>
    private const string DomWithoutColoursScript = """
        () => {
          const copy = document.documentElement.cloneNode(true);
          for (const plot of copy.querySelectorAll('.chart-plot')) {
            plot.removeAttribute('data-drawn-for');
            for (const el of [plot, ...plot.querySelectorAll('*')])
              for (const name of ['style', 'fill', 'stroke', 'fill-opacity', 'stroke-opacity']) el.removeAttribute(name);
            // Each drawing names its definitions, clip paths and patterns after a new random id (and
            // the patterns after their colours): numbered in document order instead, longest first.
            const ids = [...plot.querySelectorAll('[id]')].map((el, n) => [el.id, `id${n}`]);
            let html = plot.innerHTML;
            for (const [id, name] of ids.sort((a, b) => b[0].length - a[0].length)) html = html.replaceAll(id, name);
            // and its traces after random ids too.
            plot.innerHTML = html.replace(/\btrace[0-9a-f]{6}\b/g, 'trace-id');
          }
          copy.querySelectorAll('.theme-toggle').forEach(toggle => toggle.removeAttribute('aria-pressed'));
          return copy.outerHTML;
        }
        """;

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
