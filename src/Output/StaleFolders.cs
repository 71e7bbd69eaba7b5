using System.Text.RegularExpressions;

namespace Site.Output;

/// <summary>
/// Removes what killed builds left beside output/: staging folders (output.tmp-*) and previous
/// outputs half-way through deletion (output.old-*), each only when its <see cref="FolderClaim"/>
/// proves it belongs to this output and no running build holds it. A folder without a marker, a link
/// with such a name, or a folder another build holds is left alone. A previous output retired by a
/// build killed before its new output was in place is put back, so output/ is never simply gone.
/// </summary>
internal static partial class StaleFolders
{
    [GeneratedRegex("^\\.(tmp|old)-[0-9a-f]{12}$")]
    private static partial Regex Suffix();

    public static void Clean(string output)
    {
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        if (string.IsNullOrEmpty(parent) || name.Length == 0 || !Directory.Exists(parent)) return;
        List<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(parent, name + ".*").Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var folder in candidates)
        {
            var match = Suffix().Match(Path.GetFileName(folder)[name.Length..]);
            if (!match.Success || IsLink(folder)) continue;
            var retired = match.Groups[1].Value == "old";
            var marker = retired ? FolderClaim.RetiredMarker : FolderClaim.StagingMarker;
            if (!FolderClaim.IsAbandoned(folder, marker, output)) continue;
            if (retired && !Directory.Exists(output) && TryRestore(folder, output)) continue;
            SafeDelete.Folder(folder);
        }
    }

    private static bool TryRestore(string retired, string output)
    {
        try
        {
            Directory.Move(retired, output);
            File.Delete(Path.Combine(output, FolderClaim.RetiredMarker));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsLink(string path)
    {
        try { return new DirectoryInfo(path).LinkTarget is not null; }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException) { return true; }
    }
}
