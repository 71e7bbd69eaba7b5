namespace Site.Output;

/// <summary>
/// One file of the finished site: its path inside output/ and either its bytes or the file to copy.
/// The Write stage knows nothing else about it (not Markdown, not templates).
/// </summary>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? CopyFrom)
{
    /// <summary>
    /// Written into the staging folder while the build ran (a streamed page); <see cref="CopyFrom"/>
    /// is where the file is once the build is committed.
    /// </summary>
    public bool IsStaged { get; private init; }

    public static OutputFile Text(string relativePath, string text) => new(relativePath, System.Text.Encoding.UTF8.GetBytes(text), null);

    public static OutputFile Copy(string relativePath, string sourcePath) => new(relativePath, null, sourcePath);

    public static OutputFile Staged(string relativePath, string finalPath) => new(relativePath, null, finalPath) { IsStaged = true };
}
