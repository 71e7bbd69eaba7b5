using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// A page after parsing: its source, front matter and where it goes. <see cref="Body"/> is the
/// Markdown with the front matter blanked out (line for line), so positions in the body are
/// positions in the file.
/// </summary>
public sealed record Page(SourceFile Source, FrontMatter Meta, string Body, string Url, string OutputPath, string Layout)
{
    public string SourcePath => Source.RelativePath;

    /// <summary>The page's language (see <see cref="SiteLanguages"/>): input/fr/… is French when fr is declared.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The path in its language's tree: input/fr/pillars/compute.md → pillars/compute.md. Twins share it.</summary>
    public string TreePath { get; init; } = "";

    /// <summary>True for pages the build makes itself (data pages, the 404 page) rather than reads from input/.</summary>
    public bool Generated { get; init; }
}
