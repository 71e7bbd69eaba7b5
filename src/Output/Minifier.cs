using System.Text;

namespace Site.Output;

/// <summary>
/// Conservative minification of the theme's own CSS and JavaScript: comments and indentation go,
/// line breaks stay (so JavaScript's automatic semicolons and strings are never changed). Vendored
/// files (already minified) are left alone.
/// </summary>
public static class Minifier
{
    public static string Css(string css)
    {
        var text = StripBlockComments(css);
        var output = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            output.Append(line).Append('\n');
        }
        return output.ToString();
    }

    public static string JavaScript(string js)
    {
        var output = new StringBuilder(js.Length);
        foreach (var raw in js.Split('\n'))
        {
            var line = raw.Trim();
            // Only whole-line comments: a "//" inside a line may be part of a string or a URL.
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            output.Append(line).Append('\n');
        }
        return output.ToString();
    }

    private static string StripBlockComments(string css)
    {
        var output = new StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var start = css.IndexOf("/*", i, StringComparison.Ordinal);
            if (start < 0)
            {
                output.Append(css, i, css.Length - i);
                break;
            }
            output.Append(css, i, start - i);
            var end = css.IndexOf("*/", start + 2, StringComparison.Ordinal);
            i = end < 0 ? css.Length : end + 2;
        }
        return output.ToString();
    }
}
