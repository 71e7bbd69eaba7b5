using System.Buffers;
using System.Text.Unicode;

namespace Site.Loading;

/// <summary>
/// Strict UTF-8 decoding: a byte sequence that is not UTF-8 is reported at its line and column
/// instead of being silently replaced by U+FFFD. Line endings become \n and a BOM is dropped, so
/// positions and output bytes are the same whatever editor or platform wrote the file.
/// </summary>
public static class TextDecoder
{
    public readonly record struct Result(string? Text, int ErrorLine, int ErrorColumn, int ErrorByteOffset);

    public static Result Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        bytes = bytes[bom..];

        // A big file (a 10 MB table) gets an array of its own: the shared pool rounds a request up to a
        // power of two and keeps what is returned for the rest of the process (32 MB for 11 MB of YAML).
        var pooled = bytes.Length < PoolLimit;
        var chars = pooled ? ArrayPool<char>.Shared.Rent(bytes.Length + 1) : new char[bytes.Length + 1];
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                // Everything before the bad byte decoded fine: count lines and columns in it.
                int line = 1, column = 1;
                for (var i = 0; i < charsWritten; i++)
                {
                    // \r\n, \n and a lone \r each end a line, as NormalizeNewlines counts them.
                    if (chars[i] == '\n' && i > 0 && chars[i - 1] == '\r') continue;
                    if (chars[i] is '\n' or '\r') { line++; column = 1; }
                    else column++;
                }
                return new Result(null, line, column, bom + bytesRead);
            }
            return new Result(NormalizeNewlines(chars.AsSpan(0, charsWritten)), 0, 0, 0);
        }
        finally
        {
            if (pooled) ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Files from this size on are decoded into an array of their own, not the shared pool's.</summary>
    private const int PoolLimit = 1 << 20;

    private static string NormalizeNewlines(ReadOnlySpan<char> text)
    {
        if (!text.Contains('\r')) return new string(text);
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\r') { builder.Append(text[i]); continue; }
            builder.Append('\n');
            if (i + 1 < text.Length && text[i + 1] == '\n') i++;
        }
        return builder.ToString();
    }
}
