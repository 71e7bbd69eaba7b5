using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests.Browser;

/// <summary>
/// Hostile text in every place an editor writes a value (site.yml, front matter, table titles,
/// column labels, cells that become chart labels, figures in prose, key-figure cards) is built with
/// the real theme and opened in Chromium with the CSP switched off, so that only escaping stands
/// between the text and a running script: the DOM must show the text, and no script may run.
/// </summary>
[Collection("browser")]
public sealed class InjectionBrowserTests(BrowserFixture fixture)
{
    /// <summary>Each sets window.pwned when it runs; each must appear as text.</summary>
    private static readonly string[] Payloads =
    [
        "<script>window.pwned=1</script>",
        "\"><img src=x onerror=\"window.pwned=2\">",
        "'><svg onload='window.pwned=3'>",
        "</script><script>window.pwned=4</script>",
        "{{ 7 * 7 }}",
        // URLs in text are text: never a link, whatever the scheme.
        "javascript:window.pwned=5",
        "[click](javascript:window.pwned=6)",
    ];

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [Fact]
    public async Task Hostile_values_show_as_text_and_run_no_script()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var all = string.Join(" ", Payloads);
        site.Write("input/site.yml", $"title: {{ en: {Yaml("Site " + all)} }}\ndescription: {{ en: {Yaml(all)} }}\nlanguage: en\nauthor: {Yaml(all)}\n");
        var rows = string.Concat(Payloads.Select((p, i) => $"  - {{ name: {Yaml(p)}, value: {i + 1} }}\n"));
        site.Write("input/data/hostile.yml",
            $"title: {{ en: {Yaml("Table " + all)} }}\ndescription: {{ en: {Yaml(all)} }}\nsource: [{{ title: {Yaml(all)}, publisher: {Yaml(all)} }}]\nnotes: {{ en: {Yaml(all)} }}\n" +
            $"columns:\n  - {{ id: name, label: {{ en: {Yaml(all)} }}, type: text, key: true }}\n  - {{ id: value, label: {{ en: {Yaml(all)} }}, type: number, unit: {Yaml("<b>u</b>")} }}\nrows:\n{rows}");
        site.Write("input/index.md",
            $"---\ntitle: {Yaml("Home " + all)}\ndescription: {Yaml(all)}\nsummary: {Yaml(all)}\n---\n" +
            "Named: {{ figure \"hostile\" \"" + Payloads[0].Replace("\"", "\\\"") + "\" \"name\" }}.\n\n" +
            // The body is a template (its "{{ }}" run), so the payloads written in it leave that one out.
            "```keyfigures\nfigures:\n  - { table: hostile, row: " + Yaml(Payloads[1]) + ", column: value, label: " + Yaml(string.Join(" ", Payloads.Where(p => !p.Contains("{{", StringComparison.Ordinal)))) + " }\n```\n\n" +
            "```table\ntable: hostile\n```\n\n```chart\ntable: hostile\ntype: bar\ny: value\n```\n");
        var output = site.Combine("output");
        var result = SiteBuilder.Build(new BuildOptions(site.Combine("input"), site.Combine("theme"), output, SiteUrl: "https://example.org", DisplayRoot: site.Path));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        using var server = new StaticServer(output);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        try
        {
            var page = await context.NewPageAsync();
            var dialogs = 0;
            page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
            foreach (var path in new[] { "/", "/data/hostile/", "/data/" })
            {
                await page.GotoAsync(server.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                var charts = page.Locator("[data-chart]");
                if (await charts.CountAsync() > 0)
                {
                    await charts.First.ScrollIntoViewIfNeededAsync();
                    await charts.First.Locator(".chart-plot .main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
                }
                Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
                // No element a payload would create: inline scripts other than JSON data, the <img>, the <svg>.
                var injected = await page.Locator("script:not([src]):not([type='application/ld+json']):not([type='application/json']), img[src='x'], svg[onload], [href^='javascript' i], [src^='javascript' i]")
                    .EvaluateAllAsync<string[]>("elements => elements.map(e => e.outerHTML)");
                Assert.True(injected.Length == 0, path + ": " + string.Join("\n", injected));
                var text = await page.Locator("body").InnerTextAsync();
                foreach (var payload in Payloads) Assert.Contains(payload, text);
                // Values in <head> stay values: the title as written, the JSON-LD still parses.
                Assert.Contains("<script>window.pwned=1</script>", await page.TitleAsync());
                foreach (var json in await page.Locator("script[type='application/ld+json']").AllTextContentsAsync())
                    System.Text.Json.JsonDocument.Parse(json).Dispose();
            }
            Assert.Equal(0, dialogs);
            // Chart labels are drawn as text by plotly, not as markup.
            await page.GotoAsync(server.Url("/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await page.Locator("[data-chart]").First.ScrollIntoViewIfNeededAsync();
            await page.Locator("[data-chart] .main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            var ticks = string.Join("|", await page.Locator("[data-chart] .xtick text, [data-chart] .ytick text").AllTextContentsAsync());
            Assert.Contains("{{ 7 * 7 }}", ticks);
            Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
