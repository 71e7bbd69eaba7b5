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

    public void Error(SourceFile file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file.DisplayPath, line, column, Severity.Error, code, message));

    public void Error(SourceLocation at, string code, string message) =>
        Add(new Diagnostic(at.File.DisplayPath, at.Line, at.Column, Severity.Error, code, message));

    /// <summary>An error that is only a follow-on when <paramref name="followsFrom"/> failed to parse (see <see cref="Diagnostic.FollowsFrom"/>).</summary>
    public void Error(SourceLocation at, string code, string message, string? followsFrom) =>
        Add(new Diagnostic(at.File.DisplayPath, at.Line, at.Column, Severity.Error, code, message) { FollowsFrom = followsFrom });

    public void Warning(SourceLocation at, string code, string message) =>
        Add(new Diagnostic(at.File.DisplayPath, at.Line, at.Column, Severity.Warning, code, message));

    public void Note(SourceLocation at, string code, string message) =>
        Add(new Diagnostic(at.File.DisplayPath, at.Line, at.Column, Severity.Note, code, message));

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
