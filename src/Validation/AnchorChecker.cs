using Site.Diagnostics;
using Site.Yaml;

namespace Site.Validation;

/// <summary>After rendering: every <c>#fragment</c> a link names must be an id on its target page.</summary>
public static class AnchorChecker
{
    public static void Check(IEnumerable<AnchorCheck> checks, IReadOnlyDictionary<string, HashSet<string>> idsByUrl, DiagnosticBag diagnostics)
    {
        foreach (var check in checks)
        {
            if (!idsByUrl.TryGetValue(check.TargetUrl, out var ids) || ids.Contains(check.Fragment)) continue;
            var suggestion = Suggest.Closest(check.Fragment, ids);
            diagnostics.Error(check.At, "LINK003", $"broken anchor '{check.Written}': page {check.TargetUrl} has no heading or element with id '{check.Fragment}'"
                + (suggestion is null ? "" : $"; did you mean '#{suggestion}'?"));
        }
    }
}
