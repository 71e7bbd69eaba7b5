namespace Site.Loading;

/// <summary>
/// A path as the file system sees it: absolute, every symbolic link (or junction) among its existing
/// components replaced by its target, and "." and ".." taken in order after each link is followed,
/// as realpath(3) does (so "out/.." is the parent of out's target, not the working directory). A
/// tail that does not exist yet is kept as written. Text comparison of Path.GetFullPath is not
/// enough to keep a build away from its sources: a link, or "..", makes two spellings of one folder.
/// </summary>
public static class RealPath
{
    // As Linux's MAXSYMLINKS: a loop of links resolves to nothing, and the path is refused.
    private const int MaxLinks = 40;

    /// <summary>The resolved path, or null when a loop of links (or more than 40) leaves none.</summary>
    public static string? Resolve(string path)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(absolute)!;
        var pending = new LinkedList<string>(Components(absolute[root.Length..]));
        var current = root;
        var links = 0;
        while (pending.First is { } first)
        {
            var part = first.Value;
            pending.RemoveFirst();
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }
            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // The target replaces this component: its own components are resolved before the rest.
            var targetRoot = Path.IsPathRooted(target) ? Path.GetPathRoot(target)! : null;
            if (targetRoot is not null) current = targetRoot;
            var rest = targetRoot is null ? target : target[targetRoot.Length..];
            foreach (var component in Components(rest).Reverse()) pending.AddFirst(component);
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : current;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it, both real paths.</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var comparison = CaseInsensitiveFileSystem ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var a = inner.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var b = outer.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return a.StartsWith(b, comparison);
    }

    /// <summary>Windows and macOS name files case-insensitively by default; Linux does not (a casefolded
    /// folder there is caught by <see cref="FileIdentity"/>, which compares the folders themselves).</summary>
    private static bool CaseInsensitiveFileSystem => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // unreadable: taken as it is written, and the build's own access reports it
        }
    }
}
