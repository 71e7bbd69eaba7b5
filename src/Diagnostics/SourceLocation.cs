namespace Site.Diagnostics;

/// <summary>A 1-based position in a user's file.</summary>
public readonly record struct SourceLocation(SourceFile File, int Line, int Column)
{
    /// <summary>The position <paramref name="columns"/> characters further on the same line.</summary>
    public SourceLocation Shift(int columns) => this with { Column = Column + columns };
}
