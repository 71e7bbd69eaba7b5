using NUglify;

namespace Site.Output;

/// <summary>
/// Minifies the theme's own CSS and JavaScript with NUglify, a maintained minifier that parses what it
/// minifies (strings, template literals and regular expressions come through unchanged). A file NUglify
/// cannot parse is published as written rather than guessed at. Vendored files (already minified) are
/// left alone.
/// </summary>
public static class Minifier
{
    public static string Css(string css)
    {
        var result = Uglify.Css(css);
        return result.HasErrors ? css : result.Code;
    }

    public static string JavaScript(string js)
    {
        var result = Uglify.Js(js);
        return result.HasErrors ? js : result.Code;
    }
}
