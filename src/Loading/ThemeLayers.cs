using Site.Diagnostics;

namespace Site.Loading;

/// <summary>
/// The theme a build reads: the default theme that travels with the installed tool (its
/// default-theme/ folder, <see cref="DefaultFolder"/>), with the site's own theme/ laid over it file
/// by file. A site made by `dotnet new explainer` has an empty theme/: it overrides nothing until an
/// editor adds, say, theme/partials/footer.sbn-html, which then replaces that file alone. Without a
/// default theme (this repository's own build, from source) theme/ is the whole theme.
/// </summary>
public static class ThemeLayers
{
    /// <summary>The default theme beside the running generator, or null (a build from source has none).</summary>
    public static string? DefaultFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "default-theme");
            return Directory.Exists(folder) ? folder : null;
        }
    }

    /// <summary>Every theme file by its path inside the theme: the base layer's, replaced by the site's where both have one.</summary>
    public static List<(string Root, string Path)> Files(string? baseRoot, string themeRoot, string displayRoot, DiagnosticBag diagnostics)
    {
        var byRelative = new SortedDictionary<string, (string Root, string Path)>(StringComparer.Ordinal);
        foreach (var root in new[] { baseRoot, themeRoot }.OfType<string>())
        {
            foreach (var path in FileWalker.Walk(root, displayRoot, diagnostics))
                byRelative[Paths.Relative(root, path)] = (root, path);
        }
        return byRelative.Values.ToList();
    }
}
