namespace Site.Diagnostics;

/// <summary>A 1-based position in a user's file.</summary>
public readonly record struct SourceLocation(SourceFile File, int Line, int Column);
