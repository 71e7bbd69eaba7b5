using System.Text;

namespace Site.Markdown;

/// <summary>
/// A body's HTML as UTF-8, half the bytes of a .NET string for the mostly ASCII text of a page. Every
/// page's body is held from the bodies' render until the last layout (any layout may read any page's
/// <c>page.content</c> through <c>site.pages</c>): at 5,000 pages that was the largest thing the build
/// held. It is made a string again each time it is read (<see cref="ToString"/>), about twice a page.
/// It has no public property: a template that reaches it as a value (<c>page | object.values</c>) sees its text.
/// </summary>
public sealed class Utf8Html : IEquatable<Utf8Html>
{
    private readonly byte[] _utf8;

    public Utf8Html(string html) => _utf8 = Encoding.UTF8.GetBytes(html);

    public static Utf8Html Empty { get; } = new("");

    public override string ToString() => Encoding.UTF8.GetString(_utf8);

    public bool Equals(Utf8Html? other) => other is not null && _utf8.AsSpan().SequenceEqual(other._utf8);

    public override bool Equals(object? obj) => obj is Utf8Html other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_utf8);
        return hash.ToHashCode();
    }
}
