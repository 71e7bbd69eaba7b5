using System.Diagnostics;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Files and folders the build may not read (issue 14.4). Permissions do not bind root, and CI runs
/// as root, so there the build runs as root without any capability (setpriv --bounding-set=-all:
/// no CAP_DAC_OVERRIDE or CAP_DAC_READ_SEARCH), where a mode of 000 is as real as on an editor's
/// machine. It stays the owner of the clone and its parents, so it can enter them wherever the clone
/// lives (a mktemp -d folder of mode 700, /root), which another account could not; an ordinary
/// account runs it directly.
/// </summary>
public sealed class UnreadableInputTests
{
    [Fact]
    public void Unreadable_files_and_folders_are_one_located_error_each_and_nothing_follows_from_them()
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nSee [the notes](notes.md) and [the secret](secret.md).\n");
        site.Write("input/notes.md", "---\ntitle: Notes\ndescription: Notes.\n---\nNotes.\n");
        site.Write("input/secret.md", "---\ntitle: Secret\ndescription: Secret.\n---\nSecret.\n");
        site.Write("input/images/photo.png", "not really a picture");
        site.Write("input/private/page.md", "---\ntitle: Private\ndescription: Private.\n---\nPrivate.\n");
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        var asRoot = Environment.UserName == "root";
        foreach (var path in new[] { "input/secret.md", "input/images/photo.png", "input/private", "theme/layouts/page.sbn-html" })
            Run("chmod", "000", site.Combine(path));

        SiteProcess.Result build;
        try
        {
            build = Build(site.Path, asRoot);
        }
        finally
        {
            // An ordinary account cannot delete what it may not enter: the modes go back before the folder goes.
            Run("chmod", "-R", "u+rwX", site.Path);
        }

        Assert.Equal(1, build.ExitCode);
        const string file = "the file cannot be read: permission denied; give the account that builds the site read access (chmod a+r)";
        Assert.Equal(
            [
                $"input/images/photo.png:1:1: error SITE007: {file}",
                "input/private:1:1: error SITE007: the folder cannot be read: permission denied; give the account that builds the site read access (chmod a+rx)",
                $"input/secret.md:1:1: error SITE007: {file}",
                $"theme/layouts/page.sbn-html:1:1: error SITE007: {file}",
            ],
            build.Stderr.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning ", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", build.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Combine("output")), "a failed build wrote output/");
    }

    private static SiteProcess.Result Build(string folder, bool withoutCapabilities) =>
        SiteProcess.Run(folder, ["build"], launcher: withoutCapabilities ? ["setpriv", "--bounding-set=-all", "--no-new-privs"] : null);

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args))!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed");
    }
}
