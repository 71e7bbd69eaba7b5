using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// A page after parsing: its source, front matter and where it goes. <see cref="Body"/> is the
/// Markdown with the front matter blanked out (line for line), so positions in the body are
/// positions in the file.
/// </summary>
public sealed record Page(SourceFile Source, FrontMatter Meta, PageBody BodyText, string Url, string OutputPath, string Layout)
{
    public string SourcePath => Source.RelativePath;

    /// <summary>
    /// The Markdown, made each time it is asked for (a page's body is read twice a build: for its card's
    /// chart and to render it): holding it beside the source held each page's text twice for the whole build.
    /// </summary>
    public string Body => BodyText.Of(Source);

    /// <summary>The page's language (see <see cref="SiteLanguages"/>): input/fr/… is French when fr is declared.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The path in its language's tree: input/fr/pillars/compute.md → pillars/compute.md. Twins share it.</summary>
    public string TreePath { get; init; } = "";

    /// <summary>True for pages the build makes itself (data pages, the 404 page) rather than reads from input/.</summary>
    public bool Generated { get; init; }
}

/// <summary>
/// Where a page's Markdown is: the end of its source file after the front matter (<see cref="After"/>),
/// or text the build wrote for a page it makes itself (<see cref="Written"/>).
/// </summary>
public readonly record struct PageBody
{
    private readonly string? _written;
    private readonly int _start;
    private readonly int _blankLines;

    private PageBody(string? written, int start, int blankLines) => (_written, _start, _blankLines) = (written, start, blankLines);

    /// <summary>The source from <paramref name="start"/> on, after <paramref name="blankLines"/> empty lines in place of the front matter (so positions in the body are positions in the file).</summary>
    public static PageBody After(int blankLines, int start) => new(null, start, blankLines);

    public static PageBody Written(string markdown) => new(markdown, 0, 0);

    public string Of(SourceFile source)
    {
        if (_written is not null) return _written;
        var text = source.Text;
        return string.Create(_blankLines + text.Length - _start, (text, _start, _blankLines), static (body, from) =>
        {
            body[..from._blankLines].Fill('\n');
            from.text.AsSpan(from._start).CopyTo(body[from._blankLines..]);
        });
    }
}
