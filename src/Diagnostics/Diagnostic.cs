namespace Site.Diagnostics;

/// <summary>
/// One problem found in the user's files. Line and column are 1-based and point at the offending
/// token in the original file (front matter and fenced blocks included), so editors can jump to it.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    /// <summary>A problem reported with a code of the catalog, at the code's severity.</summary>
    public Diagnostic(string path, int line, int column, DiagnosticCode code, string message)
        : this(path, line, column, code.Severity, code.Id, message)
    {
    }

    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The file this problem depends on (a <see cref="Subjects"/> name), when it is only a problem
    /// because that file exists and failed to parse: then the parse error is the root cause and this
    /// one is dropped (one mistake, one message).
    /// </summary>
    public string? FollowsFrom { get; init; }

    /// <summary>The one-line form every tool (terminal, CI annotations, preview overlay) prints.</summary>
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {Severity switch { Severity.Error => "error", Severity.Note => "note", _ => "warning" }} {Code}: {Message}";

    /// <summary>Stable order for output: by file, then position, then code.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        if (byPath != 0) return byPath;
        if (a.Line != b.Line) return a.Line.CompareTo(b.Line);
        if (a.Column != b.Column) return a.Column.CompareTo(b.Column);
        var byCode = string.CompareOrdinal(a.Code, b.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(a.Message, b.Message);
    }
}
