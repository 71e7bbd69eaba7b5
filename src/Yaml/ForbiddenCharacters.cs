using System.Globalization;

namespace Site.Yaml;

/// <summary>
/// Characters that no published file may hold: those XML 1.0 forbids (C0 controls other than tab,
/// line feed and carriage return; U+FFFE and U+FFFF; half of a surrogate pair without the other),
/// which would make feed.xml or sitemap.xml unreadable and are parse errors in HTML too. Every text
/// the build publishes from YAML (titles, descriptions, summaries, the site's title and author, cells)
/// is checked where YAML reads it, so the error points at the character (or the escape, "\x01",
/// "\uD800", that wrote it), never at a feed that fails to load in a reader.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>The index of the first forbidden character of <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < '\uD800') continue; // nearly all text: one comparison pair
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsForbidden(c)) return i;
        }
        return -1;
    }

    /// <summary>True for a single UTF-16 unit that cannot stand alone in XML 1.0 text (a surrogate counts: alone, it is half a character).</summary>
    public static bool IsForbidden(char c) =>
        c < ' ' && c is not ('\t' or '\n' or '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    /// <summary>What follows the character's description in a diagnostic.</summary>
    public const string Consequence = ", which XML and HTML forbid (feed.xml, sitemap.xml and the pages could not carry it); remove it";

    /// <summary>What is wrong with <paramref name="c"/>, in words, for a diagnostic.</summary>
    public static string Describe(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        if (char.IsSurrogate(c)) return $"{code}, half of a surrogate pair without its other half (not a character)";
        if (c is '\uFFFE' or '\uFFFF') return $"{code}, a noncharacter";
        return $"{code}, a control character";
    }

    /// <summary>
    /// Where, in a scalar's source text <paramref name="source"/> (from its first character, a quote
    /// for a quoted scalar), the forbidden character comes from: the character itself, or in a
    /// double-quoted scalar the escape that makes it (with the escape as written). Null when neither
    /// is found (then the caller points at the scalar).
    /// </summary>
    public static (int Index, string? Escape)? Locate(ReadOnlySpan<char> source, bool doubleQuoted)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1])) { i++; continue; }
            if (IsForbidden(c)) return (i, null);
            if (!doubleQuoted || c != '\\' || i + 1 >= source.Length) continue;
            var (unit, length) = Escape(source[(i + 1)..]);
            if (unit is { } made && IsForbidden(made))
            {
                // A \u escape of a high surrogate followed by one of a low surrogate writes one whole character.
                if (char.IsHighSurrogate(made) && i + 1 + length < source.Length && source[i + 1 + length] == '\\'
                    && Escape(source[(i + 2 + length)..]) is ({ } low, var lowLength) && char.IsLowSurrogate(low))
                {
                    i += 1 + length + lowLength;
                    continue;
                }
                return (i, source.Slice(i, 1 + length).ToString());
            }
            i += length; // skip the escape, so "\\x01" (an escaped backslash) is not read as an escape
        }
        return null;
    }

    /// <summary>The UTF-16 unit a double-quoted escape (after its backslash) makes, if it makes one, and how many characters follow the backslash.</summary>
    private static (char? Unit, int Length) Escape(ReadOnlySpan<char> rest)
    {
        if (rest.Length == 0) return (null, 0);
        var digits = rest[0] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0)
        {
            return (rest[0] switch
            {
                '0' => '\0',
                'a' => '\a',
                'b' => '\b',
                'v' => '\v',
                'f' => '\f',
                'e' => '\u001B',
                _ => null,
            }, 1);
        }
        if (rest.Length < 1 + digits || !int.TryParse(rest.Slice(1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            return (null, 1);
        // A \U escape beyond the BMP makes a valid pair; within it, the one unit it names.
        return (value <= 0xFFFF ? (char)value : null, 1 + digits);
    }
}
