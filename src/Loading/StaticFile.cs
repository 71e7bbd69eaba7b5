namespace Site.Loading;

/// <summary>A file copied to the output as it is (an image in input/, a font in theme/assets/).</summary>
public sealed record StaticFile(string FullPath, string RelativePath);
