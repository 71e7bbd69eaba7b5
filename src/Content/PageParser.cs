using Site.Diagnostics;
using Site.Formats;
using Site.Yaml;

namespace Site.Content;

/// <summary>Splits a page into front matter and body, and reads the front matter's fields.</summary>
public static class PageParser
{
    private static readonly string[] Keys = FormatCatalog.FrontMatter.KeyNames;

    public static Page? Parse(SourceFile file, string defaultLanguage, DiagnosticBag diagnostics) =>
        Parse(file, new SiteLanguages(defaultLanguage, [defaultLanguage]), diagnostics);

    /// <summary>Parses a page of any declared language: input/fr/… is a French page publishing under /fr/.</summary>
    public static Page? Parse(SourceFile file, SiteLanguages languages, DiagnosticBag diagnostics)
    {
        var (language, treePath) = languages.Of(file.RelativePath);
        var text = file.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Report(file.At(1, 1), Codes.PAGE001, "a page must start with front matter: a line '---', 'title: ...', and a closing '---'");
            return null;
        }

        // Find the closing fence: a line that is exactly '---' (or YAML's '...').
        var lineNumber = 1;
        var position = 4;
        var closeStart = -1;
        var closeEnd = -1;
        while (position < text.Length)
        {
            lineNumber++;
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.AsSpan(position, lineEnd - position).TrimEnd();
            if (line is "---" or "...")
            {
                closeStart = position;
                closeEnd = end < 0 ? text.Length : end + 1;
                break;
            }
            position = end < 0 ? text.Length : end + 1;
        }
        if (closeStart < 0)
        {
            diagnostics.Report(file.At(1, 1), Codes.PAGE001, "the front matter is not closed: add a line '---' after it");
            return null;
        }

        var yaml = text[4..closeStart];
        var root = YamlReader.Parse(new YamlReader.Fragment(file, yaml, LineOffset: 1), Codes.PAGE002, diagnostics, out var failed);
        if (failed) return null;
        if (root is not YMap map)
        {
            diagnostics.Report(root?.Location ?? file.At(2, 1), Codes.PAGE002, "the front matter must be a mapping of keys (title: ...)");
            return null;
        }

        var fields = new YamlFields(map, Codes.PAGE002, diagnostics, language);
        fields.RejectUnknownKeys("front matter", Keys);
        var title = fields.String("title", required: true);
        var description = fields.String("description");
        if (description is null && map.Get("description") is null)
            diagnostics.Report(map.Location, Codes.PAGE004, "no 'description': search engines and link previews will show no summary of this page");

        var slug = fields.String("slug");
        if (slug is not null && !IsSlug(slug))
            diagnostics.Report(map.Get("slug")!.Location, Codes.PAGE002, $"slug '{slug}' may hold only lowercase letters, digits and dashes");

        if (fields.Bool("untranslated") == true)
            diagnostics.Report(map.Get("untranslated")!.Location, Codes.I18N005,
                $"this page waits for its translation into '{language}': translate its title, description and text, then remove 'untranslated'");

        var layoutNode = map.Get("layout");
        var page = new FrontMatter(
            title ?? "",
            description,
            fields.String("layout"),
            layoutNode?.Location,
            fields.Int("order") ?? 0,
            fields.Bool("draft") ?? false,
            slug,
            fields.String("summary"),
            fields.Date("date"),
            fields.Date("updated"),
            fields.String("answer"));

        foreach (var segment in file.RelativePath.Split('/'))
        {
            if (!UrlMapper.IsSafeSegment(segment))
            {
                diagnostics.Report(file.At(1, 1), Codes.PAGE003, $"'{file.RelativePath}' has characters that do not belong in a URL; use letters, digits, dashes, underscores and dots in file and folder names");
                return null;
            }
        }

        if (title is null) return null;

        // Each language's 404 page sits at its root as 404.html (GitHub Pages serves only /404.html; see NotFoundPage).
        var (url, outputPath) = treePath == "404.md" && language != languages.Default
            ? ($"/{language}/404.html", $"{language}/404.html")
            : UrlMapper.Map(file.RelativePath, slug);
        if (url.Split('/').FirstOrDefault(UrlMapper.IsReservedName) is { } reserved)
        {
            diagnostics.Report(slug is not null && url.Split('/').Contains(slug) && UrlMapper.IsReservedName(slug) ? map.Get("slug")!.Location : file.At(1, 1), Codes.PAGE003,
                $"'{reserved}' is a name Windows reserves for a device (CON, PRN, AUX, NUL, COM1-9, LPT1-9): the site could not be checked out or published from there; rename it");
            return null;
        }
        var layout = page.Layout ?? (treePath == "index.md" ? "home" : "page");

        // Blank the front matter line for line: the body keeps the file's line numbers.
        return new Page(file, page, PageBody.After(blankLines: lineNumber, start: closeEnd), url, outputPath, layout) { Language = language, TreePath = treePath };
    }

    private static bool IsSlug(string slug) =>
        slug.Length > 0 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
