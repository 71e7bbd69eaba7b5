using Site.Content;
using Site.Diagnostics;
using Site.Tracking;
using Site.Yaml;

namespace Site.Validation;

/// <summary>
/// Checks and rewrites the links of a page as Markdown is parsed. A link may name a page by its
/// source file (<c>../risks.md#cost</c>, which also works when reading the Markdown on GitHub), by
/// site URL (<c>/risks/</c>) or by relative URL; it comes out as an absolute URL under the base
/// path. A target that does not exist is an error at the link's line and column.
/// </summary>
public sealed class LinkResolver(SiteIndex index, string basePath)
{
    /// <summary>
    /// Returns the URL to write in the page, or null to leave the link as written. Errors go to the
    /// page's scope, and so do links to anchors (checked once every page is rendered).
    /// </summary>
    public string? Resolve(Page page, string url, SourceLocation at, PageScope scope)
    {
        var diagnostics = scope.Diagnostics;
        if (url.Length == 0) return null;
        if (IsExternal(url))
        {
            if (!HasAllowedScheme(url))
                diagnostics.Report(at, Codes.LINK004, $"link '{Shorten(url)}' uses a scheme other than http, https or mailto; a link must be one of those or relative");
            return null;
        }

        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : url[(hash + 1)..];
        var beforeHash = hash < 0 ? url : url[..hash];
        var question = beforeHash.IndexOf('?');
        var query = question < 0 ? "" : beforeHash[question..];
        var path = Uri.UnescapeDataString(question < 0 ? beforeHash : beforeHash[..question]);

        string sitePath;
        if (path.Length == 0) sitePath = page.Url;
        else if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            var target = ResolvePage(page, path, at, url, diagnostics);
            if (target is null) return null;
            sitePath = target.Url;
        }
        else
        {
            // Relative to the page's folder: "/pillars/compute/" → "pillars/compute/", "/404.html" → "".
            var folder = page.Url[..(page.Url.LastIndexOf('/') + 1)].TrimStart('/');
            var combined = Combine(path.StartsWith('/') ? "" : folder, path);
            if (combined is null) return Escapes(url, at, diagnostics);
            sitePath = "/" + combined + (path.EndsWith('/') && combined.Length > 0 ? "/" : "");
            sitePath = Canonical(sitePath, url, at, diagnostics);
            if (sitePath.Length == 0) return null;
        }

        if (fragment.Length > 0 && index.PagesByUrl.ContainsKey(sitePath))
            scope.Anchors.Add(new AnchorCheck(sitePath, Uri.UnescapeDataString(fragment), url, at));
        return BasePath.Apply(basePath, sitePath) + query + (hash < 0 ? "" : "#" + fragment);
    }

    /// <summary>
    /// The page a source path names (relative to <paramref name="from"/>'s folder, or to input/ when
    /// it starts with '/'), or null after a located error that quotes <paramref name="written"/>.
    /// </summary>
    public Page? ResolvePage(Page from, string sourcePath, SourceLocation at, string written, DiagnosticBag diagnostics)
    {
        // A page names others by their path in its own language's tree ("pillars/compute.md" from
        // input/fr/index.md is input/fr/pillars/compute.md); a path that leaves that tree is read
        // from the page's file, as on GitHub ("../about.md" from input/fr/index.md is input/about.md).
        var inTree = Combine(sourcePath.StartsWith('/') ? "" : Folder(from.TreePath), sourcePath);
        var languageFolder = from.SourcePath.EndsWith(from.TreePath, StringComparison.Ordinal) ? from.SourcePath[..^from.TreePath.Length] : "";
        if (inTree is not null && index.PagesByTree.TryGetValue(SiteIndex.TreeKey(from.Language, inTree), out var page)) return page;
        // A page not translated yet (warning PAGE007): the link leads to the default language's page meanwhile.
        if (inTree is not null && index.PagesByTree.TryGetValue(SiteIndex.TreeKey(index.DefaultLanguage, inTree), out page)) return page;
        var combined = inTree is not null ? languageFolder + inTree : Combine(Folder(from.SourcePath), sourcePath);
        if (combined is null)
        {
            Escapes(written, at, diagnostics);
            return null;
        }
        if (index.PagesBySource.TryGetValue(combined, out page) && page.Source.RelativePath == combined) return page;
        if (index.Drafts.Contains(combined))
        {
            diagnostics.Report(at, Codes.LINK001, $"link to '{written}', a draft page that this build leaves out; build with --drafts or remove the link");
            return null;
        }
        var suggestion = Suggest.Closest(combined, index.PagesBySource.Keys);
        diagnostics.Report(at, Codes.LINK001, $"broken link '{written}': there is no page input/{combined}" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"),
            Subjects.Page(combined));
        return null;
    }

    /// <summary>Maps a site path to the page or file it names ("/x" and "/x/index.html" mean "/x/").</summary>
    private string Canonical(string sitePath, string written, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (index.PagesByUrl.ContainsKey(sitePath) || index.Files.Contains(sitePath)) return sitePath;
        if (sitePath.EndsWith("/index.html", StringComparison.Ordinal) && index.PagesByUrl.ContainsKey(sitePath[..^"index.html".Length]))
            return sitePath[..^"index.html".Length];
        if (!sitePath.EndsWith('/') && index.PagesByUrl.ContainsKey(sitePath + "/")) return sitePath + "/";

        var suggestion = Suggest.Closest(sitePath, index.PagesByUrl.Keys.Concat(index.Files));
        diagnostics.Report(at, Codes.LINK001, $"broken link '{written}': no page or file at {sitePath}" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"),
            Subjects.Url(AsPageUrl(sitePath)));
        return "";
    }

    /// <summary>"/x", "/x/" and "/x/index.html" all name the page at "/x/".</summary>
    private static string AsPageUrl(string sitePath)
    {
        if (sitePath.EndsWith("/index.html", StringComparison.Ordinal)) return sitePath[..^"index.html".Length];
        return sitePath.EndsWith('/') ? sitePath : sitePath + "/";
    }

    private static string? Escapes(string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        diagnostics.Report(at, Codes.LINK002, $"link '{url}' goes above the root of the site");
        return null;
    }

    /// <summary>http(s) (and "//host", which takes the page's scheme) and mailto: nothing that runs code or embeds data.</summary>
    public static bool HasAllowedScheme(string url) =>
        url.StartsWith("//", StringComparison.Ordinal)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..60] + "…";

    public static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return i > 0;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }
        return false;
    }

    private static string Folder(string sourcePath)
    {
        var slash = sourcePath.LastIndexOf('/');
        return slash < 0 ? "" : sourcePath[..(slash + 1)];
    }

    /// <summary>Joins and normalises "a/b/" + "../c" = "a/c"; null when ".." climbs above the root.</summary>
    private static string? Combine(string folder, string path)
    {
        var segments = new List<string>();
        foreach (var part in (folder + "/" + path).Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else segments.Add(part);
        }
        return string.Join('/', segments);
    }
}
