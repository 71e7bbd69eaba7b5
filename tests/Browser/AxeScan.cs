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

    /// <summary>
    /// The rules whose result can differ between the light and the dark scheme when nothing but the
    /// scheme changed: those that compare computed colours (text against its background; a link
    /// against the text around it). The theme's dark scheme only redefines colour properties
    /// (theme/assets/css/site.css), so every other rule sees the same elements, boxes, names and
    /// attributes in both; <see cref="SiteWalks"/> checks that the DOM is the same in both schemes
    /// before it runs only these in the dark one. (color-contrast-enhanced, AAA, is off by default
    /// and so runs in neither.)
    /// </summary>
    public static readonly string[] ColourRules = ["color-contrast", "link-in-text-block"];

    /// <summary>Each violation as "id: help — the HTML of its first three nodes"; every default rule, or only <paramref name="rules"/>.</summary>
    public static async Task<IReadOnlyList<string>> Violations(IPage page, IReadOnlyList<string>? rules = null)
    {
        if (page.Frames.Count != 1)
            throw new InvalidOperationException($"{page.Url} has {page.Frames.Count - 1} frames: axe.run on the document would not look inside them");
        await page.EvaluateAsync($"() => {{ if (!window.axe) {{ {Source.Value} }} }}");
        return await page.EvaluateAsync<string[]>("""
            async rules => {
              const options = { resultTypes: ['violations'] };
              if (rules) {
                // A rule axe does not know would silently check nothing.
                const known = new Set(axe.getRules().map(r => r.ruleId));
                const unknown = rules.filter(r => !known.has(r));
                if (unknown.length) throw new Error(`axe has no rule ${unknown.join(', ')}`);
                options.runOnly = { type: 'rule', values: rules };
              }
              const result = await axe.run(document, options);
              return result.violations.map(v => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`);
            }
            """, rules);
    }
}
