namespace Site.Content;

/// <summary>
/// Where a page's source file can be edited on GitHub ("Propose an edit"): the repository's edit
/// view of the file on the publishing branch. No repository, no link: a dead link is worse than none.
/// </summary>
public static class EditLink
{
    public const string DefaultBranch = "main";

    /// <summary>True for an absolute http(s) URL with a path (https://github.com/owner/name).</summary>
    public static bool IsRepositoryUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
        && url.AbsolutePath.Trim('/').Length > 0 && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment);

    /// <summary>
    /// A branch name as git allows it (no spaces, no "..", no control characters, none of ~^:?*[\),
    /// so it can stand in a URL path segment by segment.
    /// </summary>
    public static bool IsBranchName(string value) =>
        value.Length > 0 && !value.StartsWith('/') && !value.EndsWith('/') && !value.EndsWith(".lock", StringComparison.Ordinal)
        && !value.Contains("..", StringComparison.Ordinal) && !value.Contains("//", StringComparison.Ordinal) && !value.Contains("@{", StringComparison.Ordinal)
        && value.All(c => c > ' ' && c != 0x7F && "~^:?*[\\".IndexOf(c) < 0);

    /// <summary>The edit URL of a page's own file; null for pages the build made up (data index, default 404).</summary>
    public static string? For(string? repository, string? branch, Page page) =>
        File.Exists(page.Source.FullPath) && !page.Source.DisplayPath.StartsWith("../", StringComparison.Ordinal)
            ? For(repository, branch, page.Source.DisplayPath) : null;

    /// <summary>
    /// The edit URL of <paramref name="sourcePath"/> (a path relative to the repository root, like
    /// input/pillars/compute.md), each segment percent-encoded; null without a repository.
    /// </summary>
    public static string? For(string? repository, string? branch, string sourcePath)
    {
        if (repository is null) return null;
        static string Encode(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return $"{repository.TrimEnd('/')}/edit/{Encode(branch ?? DefaultBranch)}/{Encode(sourcePath)}";
    }
}
