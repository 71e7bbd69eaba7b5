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
}
