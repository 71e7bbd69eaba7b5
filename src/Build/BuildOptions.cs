namespace Site.Build;

/// <summary>
/// What to build, from where, to where. Paths may be relative to the working directory.
/// <see cref="Repository"/> and <see cref="Branch"/> override site.yml's, for "Propose an edit" links.
/// <see cref="Strict"/> makes a missing translation (PAGE007, I18N003, I18N004) an error.
/// <see cref="BaseThemeDirectory"/>: the installed tool's default theme, under <see cref="ThemeDirectory"/>'s files (ThemeLayers).
/// </summary>
public sealed record BuildOptions(
    string InputDirectory,
    string ThemeDirectory,
    string OutputDirectory,
    string? BasePath = null,
    string? SiteUrl = null,
    bool IncludeDrafts = false,
    string? DisplayRoot = null,
    string? Repository = null,
    string? Branch = null,
    bool Strict = false,
    string? BaseThemeDirectory = null);
