using System.Text;

namespace Site.Markdown;

/// <summary>
/// A body's HTML, held as UTF-8 while it is small: half the bytes of a .NET string for the mostly ASCII
/// text of a page. Every page's body is held from the bodies' render until the last layout (any layout
/// may read any page's <c>page.content</c> through <c>site.pages</c>): at 5,000 pages that was the largest
/// thing the build held. A small body is made a string again each time it is read (<see cref="ToString"/>,
/// about twice a page). A large one (a data page of a 200,000-row table: tens of megabytes) stays the
/// string it was made as: decoding it at each read held two or three copies at once, and the
/// 200,000-row build's peak rose by 30 MB (BigTableMemoryTests).
/// It has no public property: a template that reaches it as a value (<c>page | object.values</c>) sees its text.
/// </summary>
public sealed class Utf8Html : IEquatable<Utf8Html>
{
    /// <summary>Bodies longer than this (in UTF-16 characters: 64 KB) are kept as strings.</summary>
    private const int LargeChars = 32 * 1024;

    private readonly byte[]? _utf8;
    private readonly string? _large;

    public Utf8Html(string html)
    {
        if (html.Length > LargeChars) _large = html;
        else _utf8 = Encoding.UTF8.GetBytes(html);
    }

    public static Utf8Html Empty { get; } = new("");

    public override string ToString() => _large ?? Encoding.UTF8.GetString(_utf8!);

    public bool Equals(Utf8Html? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is Utf8Html other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
