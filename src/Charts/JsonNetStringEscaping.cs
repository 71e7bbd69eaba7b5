using System.Text.Encodings.Web;

namespace Site.Charts;

/// <summary>
/// Json.NET's default string escaping, as an encoder for <see cref="System.Text.Json.Utf8JsonWriter"/>:
/// only control characters, the quote, the backslash, U+0085, U+2028 and U+2029 are escaped (\n, \t,
/// \r, \f, \b, \" and \\ in their short forms, the rest as \u with lowercase hex); every other
/// character is written as itself. System.Text.Json's own encoders escape more (the French no-break
/// spaces U+00A0 and U+202F among them), which would change the charts' bytes. FigureBuilder then
/// escapes &lt;, &gt; and &amp; for the HTML the JSON sits in.
/// </summary>
internal sealed class JsonNetStringEscaping : JavaScriptEncoder
{
    public static readonly JsonNetStringEscaping Instance = new();

    private JsonNetStringEscaping() { }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' or 0x85 or 0x2028 or 0x2029;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
            if (WillEncode(text[i])) return i;
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escaped = WillEncode(unicodeScalar) ? Escape(unicodeScalar) : char.ConvertFromUtf32(unicodeScalar);
        numberOfCharactersWritten = 0;
        if (escaped.Length > bufferLength) return false;
        escaped.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    private static string Escape(int unicodeScalar) => unicodeScalar switch
    {
        '\t' => "\\t",
        '\n' => "\\n",
        '\r' => "\\r",
        '\f' => "\\f",
        '\b' => "\\b",
        '"' => "\\\"",
        '\\' => "\\\\",
        _ => "\\u" + unicodeScalar.ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
    };
}
