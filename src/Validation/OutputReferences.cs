using Site.Content;
using Site.Diagnostics;

namespace Site.Validation;

/// <summary>
/// Nothing the build publishes links to what it does not write: every local URL (same site, under the
/// base path; relative, root-relative or absolute with the site's origin) in a page (<see cref="PageReferences"/>),
/// a stylesheet (<see cref="CssReferences"/>) or a web app manifest (<see cref="ManifestReferences"/>) must
/// lead to a file of the output. Markdown links are checked as they are read (<see cref="LinkResolver"/>,
/// LINK001); this catches what templates, embeds, stylesheets and manifests write (a feed linked by a
/// build that writes none, an icon that is not in the theme). A dead reference is LINK005, located at the
/// text that wrote it when that text stands literally in the page's source, a template or the asset;
/// otherwise at the reference in the rendered page (output/…), with the page's layout named.
/// </summary>
public sealed class OutputReferences(string basePath, string? siteUrl, IReadOnlySet<string> written, DiagnosticBag diagnostics)
{
    /// <summary>The origin relative URLs are resolved against: the site's, or one no reference can name.</summary>
    private readonly Uri _origin = new((siteUrl ?? "http://site.invalid").TrimEnd('/') + "/");

    /// <summary>
    /// Checks the references of the file published at <paramref name="sitePath"/> ("/pillars/compute/",
    /// "/assets/css/site.css"). <paramref name="sources"/> are the files that may hold a reference
    /// as written (searched only for a dead one); <paramref name="fallback"/> names the published file.
    /// </summary>
    public void Check(string sitePath, IEnumerable<Reference> references, Func<IReadOnlyList<SourceFile>> sources, string fallback, string? hint = null)
    {
        var from = BasePath.Apply(basePath, sitePath);
        foreach (var reference in references)
        {
            if (Problem(reference.Url, from) is not { } problem) continue;
            // One mistake, one error: a template's reference dead on every page is reported once, where it is written.
            var at = Literal(reference.Url, sources());
            var key = at is { } place ? $"{place.File.DisplayPath}:{place.Line}:{place.Column}|{reference.Kind}|{reference.Url}" : $"{hint ?? fallback}|{reference.Kind}|{reference.Url}";
            if (_found.TryGetValue(key, out var seen)) { _found[key] = seen with { Others = seen.Others + 1 }; continue; }
            var message = $"{reference.Kind} '{Shorten(reference.Url)}' {problem}";
            _found[key] = at is { } location
                ? new Found(new Diagnostic(location.File.DisplayPath, location.Line, location.Column, Codes.LINK005, message), null, 0)
                : new Found(new Diagnostic(fallback, reference.Line, reference.Column, Codes.LINK005, message), hint, 0);
            _order.Add(key);
        }
    }

    /// <summary>
    /// The references of the file at <paramref name="sitePath"/> that <see cref="Check"/> would report
    /// (those that are dead), in their order. Whether one is dead depends only on the files the build
    /// writes, so a build that knows them all can keep these few instead of every page's references.
    /// Thread-safe: nothing is recorded.
    /// </summary>
    public IReadOnlyList<Reference> DeadOnly(string sitePath, IReadOnlyList<Reference> references)
    {
        var from = BasePath.Apply(basePath, sitePath);
        List<Reference>? dead = null;
        foreach (var reference in references)
            if (Problem(reference.Url, from) is not null) (dead ??= []).Add(reference);
        return dead ?? (IReadOnlyList<Reference>)[];
    }

    private sealed record Found(Diagnostic First, string? Hint, int Others);

    private readonly Dictionary<string, Found> _found = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Adds one error per dead reference as written, saying on how many other files it recurs.</summary>
    public void Report()
    {
        foreach (var key in _order)
        {
            var (first, hint, others) = _found[key];
            var also = others switch { 0 => "", 1 => " (and in 1 other file)", _ => $" (and in {others} other files)" };
            diagnostics.Add(first with { Message = first.Message + also + (hint is null ? "" : "; " + hint) });
        }
    }

    /// <summary>Why a URL is dead ("leads to …, which this build does not write"), or null when it is fine or not local.</summary>
    private string? Problem(string url, string from)
    {
        var written = url.Trim();
        if (written.Length == 0 || written[0] is '#' or '?') return null; // the page itself; its anchors are LINK003's
        string path;
        if (HasScheme(written) || written.StartsWith("//", StringComparison.Ordinal) || written.Contains('\\'))
        {
            // Absolute URLs (and backslashes, which browsers read as slashes) go through System.Uri;
            // the rest, nearly all, are resolved below without it (a Uri per reference was most of the check's time).
            if (!Uri.TryCreate(new Uri(_origin, from.TrimStart('/')), written, out var target)) return null;
            if (target.Scheme != _origin.Scheme || !string.Equals(target.Authority, _origin.Authority, StringComparison.OrdinalIgnoreCase)) return null;
            path = Uri.UnescapeDataString(target.AbsolutePath);
            // An absolute URL outside the base path may name another site on the same host (another GitHub Pages project).
            if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath) return null;
        }
        else path = Uri.UnescapeDataString(Resolve(written, from));
        if (path + "/" == basePath) path = basePath;
        // A path written without a host is meant for this site, and misses its base path.
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return $"leads to {path}, outside the base path {basePath}";
        var site = "/" + path[basePath.Length..];
        return Exists(site) ? null : $"leads to {site}, which this build does not write";
    }

    /// <summary>
    /// The path a relative or root-relative URL leads to from the page at <paramref name="from"/> (RFC 3986:
    /// merged with the page's folder, "." and ".." segments removed, query and fragment dropped).
    /// </summary>
    internal static string Resolve(string url, string from)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        if (path.Length == 0) return from;
        if (path[0] != '/') path = from[..(from.LastIndexOf('/') + 1)] + path;
        if (!path.Contains("/.", StringComparison.Ordinal)) return path;
        var segments = new List<string>();
        var parts = path.Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (parts[i] == ".") { if (last) segments.Add(""); }
            else if (parts[i] == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                if (last) segments.Add("");
            }
            else segments.Add(parts[i]);
        }
        return "/" + string.Join('/', segments);
    }

    /// <summary>"https:…", "HTTP:…": a scheme before any '/', '?' or '#' (not System.Uri, which takes "/x" for a file path on Unix).</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0])) return false;
        foreach (var c in url.AsSpan(0, colon))
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        return true;
    }

    private bool Exists(string site) =>
        written.Contains(site)
        || site.EndsWith('/') && written.Contains(site + "index.html")
        || !site.EndsWith('/') && written.Contains(site + "/index.html");

    /// <summary>
    /// Where the URL stands literally in one of the files that made the reference, delimited as a value
    /// or a URL in a list is (after a quote, '(', ',' or a space; before a quote, ')', ',' or a space):
    /// the first such place.
    /// </summary>
    private static SourceLocation? Literal(string url, IReadOnlyList<SourceFile> sources)
    {
        foreach (var file in sources)
        {
            var text = file.Text;
            for (var index = text.IndexOf(url, StringComparison.Ordinal); index >= 0; index = text.IndexOf(url, index + 1, StringComparison.Ordinal))
            {
                var end = index + url.Length;
                if (index == 0 || end >= text.Length || text[index - 1] is not ('"' or '\'' or '(' or ',' or ' ') || text[end] is not ('"' or '\'' or ')' or ',' or ' '))
                    continue;
                var line = 1;
                var lineStart = 0;
                for (var i = 0; i < index; i++)
                    if (text[i] == '\n') { line++; lineStart = i + 1; }
                return file.At(line, index - lineStart + 1);
            }
        }
        return null;
    }

    private static string Shorten(string url) => url.Length <= 120 ? url : url[..117] + "...";
}
