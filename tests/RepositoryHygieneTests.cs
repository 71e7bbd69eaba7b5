using System.Diagnostics;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>Checks on the repository itself, and on the test support that copies sites.</summary>
public sealed class RepositoryHygieneTests
{
    /// <summary>Lines git writes into a file it could not merge (a marker was once committed in docs/architecture.md).</summary>
    private static readonly string[] ConflictMarkers = ["<<<<<<< ", ">>>>>>> ", "||||||| "];

    [Fact]
    public void No_tracked_text_file_holds_a_merge_conflict_marker()
    {
        var files = TrackedFiles();
        Assert.Contains("docs/architecture.md", files);
        var found = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(Repo.Checkout, file);
            // Symbolic links (a bad case holds one that points nowhere) are not text files of ours.
            if (!File.Exists(path) || new FileInfo(path).LinkTarget is not null || new FileInfo(path).Length > 5_000_000) continue;
            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0) continue; // binary (fonts, images)
            var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd('\r');
                if (ConflictMarkers.Any(m => line.StartsWith(m, StringComparison.Ordinal)) || line is "<<<<<<<" or ">>>>>>>" ||
                    (line == "=======" && lines.Take(i).Any(l => l.StartsWith("<<<<<<<", StringComparison.Ordinal))))
                    found.Add($"{file}:{i + 1}: {line}");
            }
        }
        Assert.True(found.Count == 0, "merge-conflict markers:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Copying_a_tree_copies_symbolic_links_as_links()
    {
        using var temp = new TempDirectory();
        temp.Write("from/a.md", "text");
        temp.Write("outside/secret.txt", "secret");
        File.CreateSymbolicLink(temp.Combine("from", "link.md"), temp.Combine("outside", "secret.txt"));
        Directory.CreateSymbolicLink(temp.Combine("from", "folder"), temp.Combine("outside"));

        TempDirectory.CopyTree(temp.Combine("from"), temp.Combine("to"));

        Assert.Equal("text", File.ReadAllText(temp.Combine("to", "a.md")));
        Assert.Equal(temp.Combine("outside", "secret.txt"), new FileInfo(temp.Combine("to", "link.md")).LinkTarget);
        Assert.Equal(temp.Combine("outside"), new DirectoryInfo(temp.Combine("to", "folder")).LinkTarget);
    }

    private static List<string> TrackedFiles()
    {
        var git = Process.Start(new ProcessStartInfo("git", ["-C", Repo.Checkout, "ls-files", "-z"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "git ls-files failed: " + git.StandardError.ReadToEnd());
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
