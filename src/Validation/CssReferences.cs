namespace Site.Validation;

/// <summary>
/// The URLs a stylesheet loads: <c>url(…)</c> (quoted or not) and <c>@import "…"</c>, read as CSS
/// tokenizes them (comments and strings are skipped, so a <c>url(</c> inside either is no reference).
/// Nothing in the build parses CSS otherwise (NUglify minifies it, and has no API for its URLs), and
/// these two forms are CSS's only ways to name another file.
/// </summary>
public static class CssReferences
{
    public readonly record struct CssUrl(string Url, int Line, int Column);

    public static List<CssUrl> Collect(string css)
    {
        var found = new List<CssUrl>();
        var importNext = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 1;
            }
            else if (c is '"' or '\'')
            {
                var start = i;
                var text = ReadString(css, ref i);
                if (importNext && text.Length > 0) found.Add(At(css, start, text));
                importNext = false;
            }
            else if (c == '\\') i++; // an escaped character is part of an identifier, never a quote or a function
            else if ((c is 'u' or 'U') && (i == 0 || !IsNameChar(css[i - 1])) && string.Compare(css, i, "url(", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var start = i;
                i += 4;
                while (i < css.Length && char.IsWhiteSpace(css[i])) i++;
                string url;
                if (i < css.Length && css[i] is '"' or '\'')
                {
                    url = ReadString(css, ref i);
                    i++;
                }
                else
                {
                    var from = i;
                    while (i < css.Length && css[i] != ')') i++;
                    url = css[from..i].Trim();
                }
                while (i < css.Length && css[i] != ')') i++;
                if (url.Length > 0) found.Add(At(css, start, url));
                importNext = false;
            }
            else if (c == '@' && string.Compare(css, i, "@import", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
            {
                importNext = true;
                i += 6;
            }
            else if (c == ';') importNext = false;
        }
        return found;
    }

    /// <summary>Reads the string whose quote is at <paramref name="i"/>, leaving <paramref name="i"/> on its closing quote.</summary>
    private static string ReadString(string css, ref int i)
    {
        var quote = css[i];
        var text = new System.Text.StringBuilder();
        for (i++; i < css.Length && css[i] != quote && css[i] != '\n'; i++)
        {
            if (css[i] == '\\' && i + 1 < css.Length)
            {
                i++;
                if (css[i] != '\n') text.Append(css[i]);
                continue;
            }
            text.Append(css[i]);
        }
        return text.ToString();
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    private static CssUrl At(string css, int index, string url)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
            if (css[i] == '\n') { line++; lineStart = i + 1; }
        return new CssUrl(url, line, index - lineStart + 1);
    }
}
