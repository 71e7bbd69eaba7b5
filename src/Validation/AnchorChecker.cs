using Site.Diagnostics;
using Site.Yaml;
using Site.Tracking;

namespace Site.Validation;

/// <summary>After rendering: every <c>#fragment</c> a link names must be an id on its target page.</summary>
public static class AnchorChecker
{
    /// <summary>
    /// How many fragment-to-id comparisons one build may spend on "did you mean": a search compares a
    /// fragment with every id of its page, and a site may have thousands of broken anchors (a renamed
    /// heading). Past the budget, broken anchors are reported without a suggestion.
    /// </summary>
    public const int SuggestionBudget = 100_000;

    public static void Check(IEnumerable<AnchorCheck> checks, IReadOnlyDictionary<string, IReadOnlySet<string>> idsByUrl, DiagnosticBag diagnostics)
    {
        // One search per page and fragment, within the budget. Checks come in page order, so which
        // anchors get a suggestion is the same in every build.
        var suggestions = new Dictionary<(string, string), string?>();
        var spent = 0;
        foreach (var check in checks)
        {
            if (!idsByUrl.TryGetValue(check.TargetUrl, out var ids) || ids.Contains(check.Fragment)) continue;
            if (!suggestions.TryGetValue((check.TargetUrl, check.Fragment), out var suggestion))
            {
                var affordable = spent + ids.Count <= SuggestionBudget;
                if (affordable) spent += ids.Count;
                suggestions[(check.TargetUrl, check.Fragment)] = suggestion = affordable ? Suggest.Closest(check.Fragment, ids) : null;
            }
            diagnostics.Report(check.At, Codes.LINK003, $"broken anchor '{check.Written}': page {check.TargetUrl} has no heading or element with id '{check.Fragment}'"
                + (suggestion is null ? "" : $"; did you mean '#{suggestion}'?"));
        }
    }
}
