using Site.Diagnostics;

namespace Site.Loading;

/// <summary>
/// Lists the files under a root folder in a stable order, skipping hidden entries, and refuses
/// symbolic links that lead outside the root: a site must not publish files it does not own.
/// </summary>
public static class FileWalker
{
    public static List<string> Walk(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        if (Directory.Exists(root)) Visit(Path.GetFullPath(root), Path.GetFullPath(root), displayRoot, diagnostics, files);
        // Ordinal order, independent of the file system's enumeration order.
        files.Sort(string.CompareOrdinal);
        return files;
    }

    private static void Visit(string root, string directory, string displayRoot, DiagnosticBag diagnostics, List<string> files)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(directory).GetFileSystemInfos();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A folder the build may not list: one located error, and nothing below it is read.
            diagnostics.Add(new Diagnostic(Paths.Display(directory, displayRoot), 1, 1, Codes.SITE007,
                exception is UnauthorizedAccessException
                    ? "the folder cannot be read: permission denied; give the account that builds the site read access (chmod a+rx)"
                    : $"the folder cannot be read ({exception.Message})"));
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;
            if (entry.LinkTarget is not null)
            {
                var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !IsInside(root, target.FullName))
                {
                    diagnostics.Add(new Diagnostic(Paths.Display(entry.FullName, displayRoot), 1, 1, Codes.SITE002,
                        $"'{entry.Name}' is a link to '{entry.LinkTarget}', outside '{Paths.Display(root, displayRoot)}/'; copy the file in instead"));
                    continue;
                }
                if (entry is DirectoryInfo) continue; // linked folders inside the root would list files twice
            }
            if (entry is DirectoryInfo) Visit(root, entry.FullName, displayRoot, diagnostics, files);
            else if (entry.LinkTarget is null && !FileKind.IsRegularFile(entry.FullName))
                diagnostics.Add(new Diagnostic(Paths.Display(entry.FullName, displayRoot), 1, 1, Codes.SITE007,
                    $"'{entry.Name}' is not a regular file (a FIFO, socket or device); a site holds only files and folders"));
            else files.Add(entry.FullName);
        }
    }

    public static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
