using Site.Diagnostics;
using Site.Validation;

namespace Site.Tracking;

/// <summary>
/// What rendering one page produces besides HTML: its diagnostics, what it read (model values, data
/// tables, other pages shown as cards; a cached render is reused only while all of these are
/// unchanged) and its links to anchors (checked once every page is rendered). One scope per page and
/// render; never shared between threads.
/// </summary>
public sealed class PageScope(bool recordReads = true)
{
    public DiagnosticBag Diagnostics { get; } = new();
    public HashSet<string> UsedTables { get; } = new(StringComparer.Ordinal);
    /// <summary>Source paths of the pages whose title and summary the render showed (```cards```).</summary>
    public HashSet<string> PagesShown { get; } = new(StringComparer.Ordinal);
    /// <summary>What the render read of the models; not recorded when the render is never reused (see ReadLog).</summary>
    public ReadLog Reads { get; } = new(recordReads);
    public List<AnchorCheck> Anchors { get; } = new();
}
