using Site.Diagnostics;
using Site.Validation;

namespace Site.Rendering;

/// <summary>
/// What rendering one page produces besides HTML: its diagnostics, the data tables it read (so a
/// table edit re-renders exactly the pages that show it) and its links to anchors (checked once every
/// page is rendered). One scope per page and render; never shared between threads.
/// </summary>
public sealed class PageScope
{
    public DiagnosticBag Diagnostics { get; } = new();
    public HashSet<string> UsedTables { get; } = new(StringComparer.Ordinal);
    public List<AnchorCheck> Anchors { get; } = new();
}
