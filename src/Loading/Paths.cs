namespace Site.Loading;

/// <summary>Path spelling shared by every stage: forward slashes, relative where it can be.</summary>
public static class Paths
{
    public static string Display(string fullPath, string displayRoot)
    {
        var relative = Path.GetRelativePath(displayRoot, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) relative = fullPath;
        return relative.Replace('\\', '/');
    }

    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
