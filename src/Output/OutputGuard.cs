using Site.Loading;

namespace Site.Output;

/// <summary>
/// Keeps every folder a command replaces or writes into (build's --output, schemas' --output) away
/// from the folders it must never touch: the input and theme it reads, the project that holds them
/// and the working directory. Folders are compared as the file system sees them, never as text:
/// by their real paths (<see cref="RealPath"/>: links and ".." resolved) and, on Linux, by what
/// each ancestor is (<see cref="FileIdentity"/>), which also sees bind mounts and case-folded
/// names. Overlap in either direction is refused: the target inside a source, or a source inside
/// the target. The project folder and the working directory may hold the target (output/ lives in
/// the repository) but may not be it or lie inside it.
/// </summary>
public static class OutputGuard
{
    /// <summary>A folder to keep apart; <paramref name="MayHoldTarget"/>: the target may lie inside it.</summary>
    public sealed record Protected(string Name, string Path, bool MayHoldTarget);

    /// <summary>The folders a build reads from input/ and theme/: those two, their project and the working directory.</summary>
    public static IReadOnlyList<Protected> Sources(string inputDirectory, string themeDirectory, string? baseThemeDirectory = null)
    {
        var input = RealPath.Resolve(inputDirectory) ?? Path.GetFullPath(inputDirectory);
        List<Protected> folders =
        [
            new("input folder", inputDirectory, MayHoldTarget: false),
            new("theme folder", themeDirectory, MayHoldTarget: false),
            new("project folder", ProjectFolder(input), MayHoldTarget: true),
            new("working directory", Directory.GetCurrentDirectory(), MayHoldTarget: true),
        ];
        if (baseThemeDirectory is not null) folders.Add(new("default theme", baseThemeDirectory, MayHoldTarget: false));
        return folders;
    }

    /// <summary>
    /// Null when <paramref name="target"/> touches none of <paramref name="folders"/>, else why not, in
    /// the words of a usage error; <paramref name="resolved"/> is the target's real path, where a
    /// writer must write (so that a link named as the target is followed once, here, and never again).
    /// A writer that only adds files (<paramref name="replacesTarget"/> false) may name a folder that
    /// holds the sources, but not one inside them.
    /// </summary>
    public static string? Check(string option, string target, IReadOnlyList<Protected> folders, out string resolved, bool replacesTarget = true)
    {
        resolved = RealPath.Resolve(target) ?? "";
        if (resolved.Length == 0) return $"{option} '{target}' is a loop of symbolic links; choose a folder of its own";
        var through = ResolvesElsewhere(target, resolved) ? $" (it resolves to '{resolved}')" : "";
        foreach (var folder in folders)
        {
            var real = RealPath.Resolve(folder.Path);
            if (real is null) continue;
            var targetInside = Inside(resolved, real);
            var sourceInside = replacesTarget && Inside(real, resolved);
            if (sourceInside || (targetInside && !folder.MayHoldTarget))
                return folder.MayHoldTarget
                    ? $"{option} '{target}'{through} would replace the {folder.Name}; choose a folder of its own"
                    : $"{option} '{target}'{through} overlaps the {folder.Name}; choose a folder of its own";
        }
        if (replacesTarget && Path.GetPathRoot(resolved) == resolved)
            return $"{option} '{target}'{through} is a root folder; choose a folder of its own";
        return null;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it: by text of the
    /// real paths, and by the identity of every existing ancestor of <paramref name="inner"/>.</summary>
    public static bool Inside(string inner, string outer)
    {
        if (RealPath.IsSameOrInside(inner, outer)) return true;
        if (FileIdentity.Of(outer) is not { } identity) return false;
        for (var folder = inner; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (FileIdentity.Of(folder) == identity) return true;
        }
        return false;
    }

    /// <summary>The repository that holds the input (the nearest folder above it with .git), else the input's parent.</summary>
    private static string ProjectFolder(string input)
    {
        for (var folder = Path.GetDirectoryName(input); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git"))) return folder;
        }
        return Path.GetDirectoryName(input) ?? input;
    }

    private static bool ResolvesElsewhere(string target, string resolved) =>
        !string.Equals(Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar), resolved.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
