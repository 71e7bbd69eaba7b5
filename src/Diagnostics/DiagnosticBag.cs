namespace Site.Diagnostics;

/// <summary>
/// Collects diagnostics from any stage. Thread-safe, because pages are parsed and rendered in
/// parallel; the final list is sorted so that output does not depend on thread timing.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
            if (diagnostic.IsError) _errorCount++;
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    /// <summary>
    /// Reports <paramref name="code"/> at its catalog severity. <paramref name="followsFrom"/>, when given, makes it
    /// a follow-on dropped if that file failed to parse (see <see cref="Diagnostic.FollowsFrom"/>).
    /// </summary>
    public void Report(SourceLocation at, DiagnosticCode code, string message, string? followsFrom = null) =>
        Add(new Diagnostic(at.File.DisplayPath, at.Line, at.Column, code, message) { FollowsFrom = followsFrom });

    private int _errorCount;

    public bool HasErrors => Volatile.Read(ref _errorCount) > 0;

    /// <summary>Errors so far; a render compares it before and after to know whether it failed.</summary>
    public int ErrorCount => Volatile.Read(ref _errorCount);

    /// <summary>Every diagnostic once, in stable order, without the follow-ons of files that failed to parse.</summary>
    public IReadOnlyList<Diagnostic> Sorted(IReadOnlySet<string>? failedSubjects = null)
    {
        lock (_lock)
        {
            var copy = _items.Distinct()
                .Where(d => d.FollowsFrom is null || failedSubjects is null || !failedSubjects.Contains(d.FollowsFrom))
                .ToList();
            copy.Sort(Diagnostic.Compare);
            return copy;
        }
    }
}
