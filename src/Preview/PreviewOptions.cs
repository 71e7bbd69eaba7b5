namespace Site.Preview;

/// <summary>What `serve` was asked for.</summary>
public sealed record PreviewOptions(
    string InputDirectory,
    string ThemeDirectory,
    string Host,
    int Port,
    string? BasePath,
    bool IncludeDrafts,
    bool Open,
    string? BaseThemeDirectory = null);
