namespace Site;

/// <summary>What to build, from where, to where. Paths may be relative to the working directory.</summary>
public sealed record BuildOptions(
    string InputDirectory,
    string ThemeDirectory,
    string OutputDirectory,
    string? BasePath = null,
    string? SiteUrl = null,
    bool IncludeDrafts = false,
    string? DisplayRoot = null);
