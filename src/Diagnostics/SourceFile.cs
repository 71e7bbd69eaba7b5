namespace Site.Diagnostics;

/// <summary>
/// A file the user wrote: where it is, how to name it in messages, and its text (UTF-8 decoded,
/// line endings normalised to \n so that positions and output never depend on the editor).
/// </summary>
public sealed class SourceFile
{
    public SourceFile(string fullPath, string displayPath, string relativePath, string text)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        RelativePath = relativePath;
        Text = text;
    }

    /// <summary>Absolute path on disk.</summary>
    public string FullPath { get; }

    /// <summary>Path as printed in diagnostics: relative to the repository root, forward slashes.</summary>
    public string DisplayPath { get; }

    /// <summary>Path inside its root folder (input/ or theme/), forward slashes.</summary>
    public string RelativePath { get; }

    public string Text { get; }

    public SourceLocation At(int line, int column) => new(this, line, column);
}
