using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// axe-core's violations on a page, in one call of <c>axe.run</c> on the document (the axe-core API).
/// The package's <c>RunAxe</c> runs axe frame by frame (<c>runPartial</c>) and then merges the results
/// in a new blank page (<c>finishRun</c>), with every pass and its selectors sent back to .NET: about
/// three times the cost of this on our pages, which have no frames (checked below, so nothing is left out).
/// Only violations are asked for (<c>resultTypes</c>): passes and incomplete checks are not read, and
/// axe still runs every rule it runs by default.
/// </summary>
public static class AxeScan
{
    /// <summary>axe-core as the package bundles it (the same version its <c>RunAxe</c> injects).</summary>
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>Each violation as "id: help — the HTML of its first three nodes".</summary>
    public static async Task<IReadOnlyList<string>> Violations(IPage page)
    {
        if (page.Frames.Count != 1)
            throw new InvalidOperationException($"{page.Url} has {page.Frames.Count - 1} frames: axe.run on the document would not look inside them");
        await page.EvaluateAsync($"() => {{ {Source.Value} }}");
        return await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`);
            }
            """);
    }
}
