using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>A page opened in a fresh browser context, with every request and console error it caused.</summary>
public sealed class PageVisit : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageVisit(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }
    public int Status { get; private set; }
    public List<string> Requests { get; } = new();
    public List<string> ConsoleErrors { get; } = new();

    /// <param name="holdPlotly">Never answer plotly's request, to see pages as they are before it loads.</param>
    public static async Task<PageVisit> Open(BrowserFixture fixture, string path, BrowserNewContextOptions? options = null, bool allowNotFound = false, bool holdPlotly = false)
    {
        var context = await fixture.Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        // Bounds for a page that never loads, not speed tests: several tabs at once on a busy 2-core machine are slow.
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();
        var visit = new PageVisit(context, page);
        if (holdPlotly) await page.RouteAsync("**/plotly-basic*", _ => Task.CompletedTask);
        page.Request += (_, request) => { lock (visit.Requests) visit.Requests.Add(request.Url); };
        page.Console += (_, message) => { if (message.Type == "error") lock (visit.ConsoleErrors) visit.ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => { lock (visit.ConsoleErrors) visit.ConsoleErrors.Add(error); };
        // A held request keeps the network busy, and it holds the load event too whenever a chart is
        // in view before load (charts.js then asks for plotly, and a script it adds delays load): a race
        // that a slow machine loses. So the mark is the parsed page (its deferred scripts run, its
        // stylesheets applied, as scripts wait for them) with its fonts loaded.
        var response = await page.GotoAsync(fixture.Server.Url(path), new PageGotoOptions { WaitUntil = holdPlotly ? WaitUntilState.DOMContentLoaded : WaitUntilState.NetworkIdle });
        visit.Status = response?.Status ?? 0;
        if (response is null || (!response.Ok && !(allowNotFound && response.Status == 404))) throw new InvalidOperationException($"{path} answered {response?.Status}");
        if (holdPlotly) await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        return visit;
    }

    /// <summary>Scrolls every chart into view and waits until plotly has drawn each one.</summary>
    public async Task DrawAllCharts()
    {
        var count = await Page.Locator("[data-chart]").CountAsync();
        for (var i = 0; i < count; i++)
        {
            var chart = Page.Locator("[data-chart]").Nth(i);
            await chart.ScrollIntoViewIfNeededAsync();
            // A bound for a chart that never draws, not a speed test: tabs drawing at once on a busy machine take a while.
            await chart.Locator(".chart-plot .main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
        }
    }

    /// <summary>
    /// Waits until every drawn chart that is shown has been redrawn for the page's current colour
    /// scheme and width (charts.js keeps what it drew each plot for in data-drawn-for: the theme's
    /// chart text colour and the plot's width), after a live change of either.
    /// </summary>
    public async Task ChartsRedrawn() =>
        // A bound for a redraw that never comes, not a speed test.
        await Page.WaitForFunctionAsync("""
            () => {
              const text = getComputedStyle(document.documentElement).getPropertyValue('--chart-text').trim();
              return [...document.querySelectorAll('[data-chart] .chart-plot')]
                .filter(plot => plot.querySelector('.main-svg') && plot.getClientRects().length)
                .every(plot => plot.getAttribute('data-drawn-for') === `${text} ${plot.clientWidth}`);
            }
            """, null, new PageWaitForFunctionOptions { Timeout = 180_000 });

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
