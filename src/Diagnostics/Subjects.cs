namespace Site.Diagnostics;

/// <summary>
/// Names of the things a reference can point at, for <see cref="Diagnostic.FollowsFrom"/>: a
/// reference to a table or page whose file failed to parse is not reported again as "unknown".
/// </summary>
public static class Subjects
{
    /// <summary>A data table by id (input/data/&lt;id&gt;.yml).</summary>
    public static string Table(string id) => "table:" + id;

    /// <summary>A page by its source path inside input/ ("pillars/compute.md").</summary>
    public static string Page(string sourcePath) => "page:" + sourcePath;

    /// <summary>A page by its site URL ("/pillars/compute/").</summary>
    public static string Url(string url) => "url:" + url;
}
