using Site.Diagnostics;

namespace Site.Loading;

/// <summary>
/// The Load stage: reads input/ and theme/ into memory. Text files are decoded strictly (invalid
/// UTF-8 is a located error); binary files are only listed, and copied by the Write stage.
/// </summary>
public static class SourceLoader
{
    /// <param name="reuse">The preview's: text files that did not change since the last build are not read again.</param>
    /// <param name="baseThemeRoot">The default theme under <paramref name="themeRoot"/>'s files (<see cref="ThemeLayers"/>), or null.</param>
    public static SourceSet Load(string inputRoot, string themeRoot, string displayRoot, DiagnosticBag diagnostics, SourceReuse? reuse = null, string? baseThemeRoot = null)
    {
        // Hides the static Read below in this method: every text file goes through the reuse when there is one.
        SourceFile? Read(string path, string relative, string root, DiagnosticBag bag) =>
            reuse is null ? SourceLoader.Read(path, relative, root, bag) : reuse.Read(path, relative, root, bag, SourceLoader.Read);
        var pages = new List<SourceFile>();
        var tables = new List<SourceFile>();
        var contentFiles = new List<StaticFile>();
        SourceFile? siteConfig = null;
        var unreadable = new List<string>();

        foreach (var path in FileWalker.Walk(inputRoot, displayRoot, diagnostics))
        {
            var relative = Paths.Relative(inputRoot, path);
            if (relative is "site.yml" or "site.yaml") siteConfig = Read(path, relative, displayRoot, diagnostics);
            else if (relative.EndsWith(".md", StringComparison.Ordinal)) Add(pages, Read(path, relative, displayRoot, diagnostics), relative, unreadable);
            else if (IsDataTable(relative)) Add(tables, Read(path, relative, displayRoot, diagnostics), relative, unreadable);
            else AddIfReadable(contentFiles, new StaticFile(path, relative), displayRoot, diagnostics);
        }

        var layouts = new List<SourceFile>();
        var partials = new List<SourceFile>();
        var uiStrings = new List<SourceFile>();
        var languageFiles = new List<SourceFile>();
        var assets = new List<StaticFile>();
        var unreadableTemplates = new List<string>();
        foreach (var (root, path) in ThemeLayers.Files(baseThemeRoot, themeRoot, displayRoot, diagnostics))
        {
            var relative = Paths.Relative(root, path);
            if (relative.StartsWith("layouts/", StringComparison.Ordinal)) Add(layouts, Read(path, relative, displayRoot, diagnostics), relative, unreadableTemplates);
            else if (relative.StartsWith("partials/", StringComparison.Ordinal)) Add(partials, Read(path, relative, displayRoot, diagnostics), relative, unreadableTemplates);
            else if (relative.StartsWith("i18n/", StringComparison.Ordinal)) Add(uiStrings, Read(path, relative, displayRoot, diagnostics));
            else if (relative.StartsWith("languages/", StringComparison.Ordinal) && relative.EndsWith(".yml", StringComparison.Ordinal) && relative.IndexOf('/', "languages/".Length) < 0)
                Add(languageFiles, Read(path, relative, displayRoot, diagnostics));
            else if (relative.StartsWith("assets/", StringComparison.Ordinal)) AddIfReadable(assets, new StaticFile(path, relative["assets/".Length..]), displayRoot, diagnostics);
            // Anything else in theme/ (READMEs, licences of vendored files) is documentation, not output.
        }

        reuse?.KeepOnly(new[] { siteConfig }.Concat(pages).Concat(tables).Concat(layouts).Concat(partials).Concat(uiStrings).Concat(languageFiles)
            .OfType<SourceFile>().Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal));
        return new SourceSet(siteConfig, pages, tables, contentFiles, layouts, partials, uiStrings, assets) { Unreadable = unreadable, UnreadableTemplates = unreadableTemplates, LanguageFiles = languageFiles };
    }

    /// <summary>
    /// Files that are only copied (images, fonts, CSS, JS) are opened once here, so a file the build
    /// cannot read is a located error now, not a failure half-way through writing output/.
    /// </summary>
    private static void AddIfReadable(List<StaticFile> list, StaticFile file, string displayRoot, DiagnosticBag diagnostics)
    {
        try
        {
            using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            list.Add(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Paths.Display(file.FullPath, displayRoot), 1, 1, Codes.SITE007, CannotRead(exception)));
        }
    }

    /// <summary>The reason in the editor's words; the runtime's message repeats the absolute path, which the location already gives.</summary>
    public static string CannotRead(Exception exception) => exception is UnauthorizedAccessException
        ? "the file cannot be read: permission denied; give the account that builds the site read access (chmod a+r)"
        : $"the file cannot be read ({exception.Message})";

    private static bool IsDataTable(string relative) =>
        relative.StartsWith("data/", StringComparison.Ordinal)
        && relative.IndexOf('/', "data/".Length) < 0
        && (relative.EndsWith(".yml", StringComparison.Ordinal) || relative.EndsWith(".yaml", StringComparison.Ordinal));

    private static void Add(List<SourceFile> list, SourceFile? file)
    {
        if (file is not null) list.Add(file);
    }

    private static void Add(List<SourceFile> list, SourceFile? file, string relative, List<string> unreadable)
    {
        if (file is not null) list.Add(file);
        else unreadable.Add(relative);
    }

    /// <summary>Reads one text file; returns null (with a located error) when it is not UTF-8.</summary>
    public static SourceFile? Read(string fullPath, string relativePath, string displayRoot, DiagnosticBag diagnostics)
    {
        var display = Paths.Display(fullPath, displayRoot);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Permissions, a file removed while we list, a folder where a file was: the editor can fix it.
            diagnostics.Add(new Diagnostic(display, 1, 1, Codes.SITE007, CannotRead(exception)));
            return null;
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            diagnostics.Add(new Diagnostic(display, decoded.ErrorLine, decoded.ErrorColumn, Codes.SITE003,
                $"the file is not valid UTF-8 (byte {decoded.ErrorByteOffset}); save it as UTF-8"));
            return null;
        }
        return new SourceFile(fullPath, display, relativePath, decoded.Text);
    }
}
