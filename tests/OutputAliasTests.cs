using System.Diagnostics;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// No spelling of --output can reach the sources: output folders are compared as the file system
/// sees them (links, "..", bind mounts), the swap and its cleanup never follow a link out of the
/// output, `new` never writes through a link out of input/, and a build killed half-way leaves
/// output/ as it was and a staging folder the next build removes.
/// </summary>
public sealed class OutputAliasTests
{
    private const string Page = "---\ntitle: Home\ndescription: Home.\n---\nHome.\n";

    private static TempDirectory SmallSite()
    {
        var site = new TempDirectory();
        site.Write("input/index.md", Page);
        site.Write("input/data/keep.txt", "keep me\n");
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        return site;
    }

    [Theory]
    // A link named as the output that leads to input/: the command that once erased the input.
    [InlineData("out", "out", "input", "input", "input folder")]
    // A link to the folder that holds input/ (the output would be replaced, input/ inside it).
    [InlineData("up", "up", ".", ".", "input folder")]
    // Inside theme/ through a link to it.
    [InlineData("t/built", "t", "theme", "theme/built", "theme folder")]
    // ".." taken after the link it follows, as the file system does: sub → input/data, so sub/.. is input/.
    [InlineData("sub/..", "sub", "input/data", "input", "input folder")]
    public void An_output_that_resolves_into_or_around_the_sources_is_a_usage_error(string output, string link, string linkTarget, string resolvesTo, string folder)
    {
        using var site = SmallSite();
        Directory.CreateSymbolicLink(site.Combine(link), Path.GetFullPath(site.Combine(linkTarget)));
        var input = OutputSnapshot.Take(site.Combine("input"));
        var theme = OutputSnapshot.Take(site.Combine("theme"));

        var run = SiteProcess.Run(site.Path, ["build", "--output", output]);

        Assert.Equal(2, run.ExitCode);
        var resolved = Path.GetFullPath(site.Combine(resolvesTo)).TrimEnd('/');
        Assert.Equal($"site: --output '{output}' (it resolves to '{resolved}') overlaps the {folder}; choose a folder of its own\n", run.Stderr);
        OutputSnapshot.AssertEqual(input, OutputSnapshot.Take(site.Combine("input")));
        OutputSnapshot.AssertEqual(theme, OutputSnapshot.Take(site.Combine("theme")));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_bind_mount_of_the_project_is_seen_through()
    {
        using var site = SmallSite();
        Directory.CreateDirectory(site.Combine("mnt"));
        var input = OutputSnapshot.Take(site.Combine("input"));
        // A private mount namespace (unshare): the mount is seen by this command alone and ends with it.
        var script = $"mount --bind '{site.Path}' '{site.Combine("mnt")}' && exec dotnet '{Repo.SiteDll}' build --output mnt/input/x";
        var unshare = Environment.UserName == "root" ? new[] { "unshare", "-m" } : ["unshare", "-rm"];
        var start = new ProcessStartInfo(unshare[0]) { WorkingDirectory = site.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in unshare.Skip(1).Concat(["sh", "-c", script])) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal("site: --output 'mnt/input/x' overlaps the input folder; choose a folder of its own\n", await stderr);
        Assert.Equal(2, process.ExitCode);
        OutputSnapshot.AssertEqual(input, OutputSnapshot.Take(site.Combine("input")));
    }

    [Fact]
    public void An_output_link_to_a_folder_elsewhere_is_built_into_that_folder_and_stays_a_link()
    {
        using var site = SmallSite();
        using var elsewhere = new TempDirectory();
        Directory.CreateSymbolicLink(site.Combine("published"), elsewhere.Combine("site"));
        Directory.CreateDirectory(elsewhere.Combine("site"));

        var run = SiteProcess.Run(site.Path, ["build", "--output", "published"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(elsewhere.Combine("site"), new DirectoryInfo(site.Combine("published")).LinkTarget);
        Assert.True(File.Exists(elsewhere.Combine("site", "index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(elsewhere.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Links_inside_the_previous_output_are_removed_as_links_and_nothing_is_taken_through_them()
    {
        using var site = SmallSite();
        Assert.Equal(0, SiteProcess.Run(site.Path, ["build"]).ExitCode);
        // Someone (or something) left links in output/ that lead into input/.
        Directory.CreateSymbolicLink(site.Combine("output", "sources"), site.Combine("input"));
        File.CreateSymbolicLink(site.Combine("output", "page.md"), site.Combine("input", "index.md"));
        // output/data/ replaced by a link into input/: the next build's files at data/* must not be taken from there.
        Directory.Delete(site.Combine("output", "data"), recursive: true);
        Directory.CreateSymbolicLink(site.Combine("output", "data"), site.Combine("input", "data"));
        var input = OutputSnapshot.Take(site.Combine("input"));

        var run = SiteProcess.Run(site.Path, ["build"]);

        Assert.Equal(0, run.ExitCode);
        OutputSnapshot.AssertEqual(input, OutputSnapshot.Take(site.Combine("input")));
        Assert.False(Path.Exists(site.Combine("output", "sources")));
        Assert.Null(new DirectoryInfo(site.Combine("output", "data")).LinkTarget);
        Assert.Empty(Leftovers(site));
    }

    [Fact]
    public void New_never_writes_through_a_link_out_of_the_input_folder()
    {
        using var site = SmallSite();
        using var elsewhere = new TempDirectory();
        Directory.CreateSymbolicLink(site.Combine("input", "pillars"), elsewhere.Path);

        var run = SiteProcess.Run(site.Path, ["new", "page", "pillars/energy"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("site: input/pillars/energy.md would be written outside the input folder (through a symbolic link); nothing was written\n", run.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public void A_build_killed_half_way_leaves_the_output_and_its_staging_folder_which_the_next_build_removes()
    {
        using var site = SmallSite();
        // Enough pages that the build is still writing when it is killed.
        for (var i = 0; i < 1500; i++) site.Write($"input/p/{i:0000}.md", $"---\ntitle: Page {i}\ndescription: Page {i}.\n---\nText {i}.\n");
        Assert.Equal(0, SiteProcess.Run(site.Path, ["build"]).ExitCode);
        var published = OutputSnapshot.Take(site.Combine("output"));
        site.Write("input/index.md", Page.Replace("Home.\n", "Changed.\n"));

        string? staging = null;
        for (var attempt = 0; attempt < 5 && staging is null; attempt++)
            staging = KillWhileStaging(site);
        Assert.NotNull(staging);

        OutputSnapshot.AssertEqual(published, OutputSnapshot.Take(site.Combine("output")));
        Assert.True(Directory.Exists(staging), "the killed build's staging folder stays, until the next build");

        Assert.Equal(0, SiteProcess.Run(site.Path, ["build"]).ExitCode);
        Assert.False(Directory.Exists(staging));
        Assert.Empty(Leftovers(site));
        Assert.Contains("Changed.", File.ReadAllText(site.Combine("output", "index.html")));
    }

    [Fact]
    public void Only_folders_proved_to_be_this_outputs_and_unused_are_removed()
    {
        using var site = SmallSite();
        var output = Path.GetFullPath(site.Combine("output"));
        // Abandoned, ours: removed.
        var stale = site.Combine("output.tmp-0123456789ab");
        site.Write("output.tmp-0123456789ab/.site-staging", output + "\n");
        // Another output's: kept.
        site.Write("output.tmp-aaaaaaaaaaaa/.site-staging", output + "-other\n");
        // No marker (not provably a build's): kept.
        site.Write("output.tmp-bbbbbbbbbbbb/index.html", "mine\n");
        // In use by a running build (its marker is locked): kept.
        var busy = site.Write("output.tmp-cccccccccccc/.site-staging", output + "\n");
        // A link with a staging folder's name, leading into input/: neither followed nor removed.
        Directory.CreateSymbolicLink(site.Combine("output.tmp-dddddddddddd"), site.Combine("input"));
        File.WriteAllText(site.Combine("input", ".site-staging"), output + "\n");

        using (new FileStream(busy, FileMode.Open, FileAccess.Read, FileShare.None))
            Assert.Equal(0, SiteProcess.Run(site.Path, ["build"]).ExitCode);

        Assert.False(Directory.Exists(stale));
        Assert.Equal(
            ["output.tmp-aaaaaaaaaaaa", "output.tmp-bbbbbbbbbbbb", "output.tmp-cccccccccccc", "output.tmp-dddddddddddd"],
            Leftovers(site));
        Assert.True(File.Exists(site.Combine("input", "data", "keep.txt")));
        Assert.True(File.Exists(site.Combine("input", "index.md")));
    }

    [Fact]
    public void A_previous_output_retired_by_a_killed_build_is_put_back_before_anything_else()
    {
        using var site = SmallSite();
        Assert.Equal(0, SiteProcess.Run(site.Path, ["build"]).ExitCode);
        var published = OutputSnapshot.Take(site.Combine("output"));
        // As a build killed between moving output/ aside and moving its own in leaves it.
        Directory.Move(site.Combine("output"), site.Combine("output.old-0123456789ab"));
        File.WriteAllText(site.Combine("output.old-0123456789ab", ".site-retired"), Path.GetFullPath(site.Combine("output")) + "\n");
        // The next build fails (a broken link, found while pages are written): output/ is the one put back.
        site.Write("input/index.md", Page + "[broken](nowhere.md)\n");

        var run = SiteProcess.Run(site.Path, ["build"]);

        Assert.Equal(1, run.ExitCode);
        OutputSnapshot.AssertEqual(published, OutputSnapshot.Take(site.Combine("output")));
        Assert.Empty(Leftovers(site));
    }

    /// <summary>What lies beside output/ under a name of the staging kind (output.tmp-*, output.old-*), in order.</summary>
    private static List<string> Leftovers(TempDirectory site) =>
        Directory.EnumerateFileSystemEntries(site.Path).Select(Path.GetFileName).OfType<string>()
            .Where(name => name.StartsWith("output.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Starts a build, kills it (SIGKILL) once its staging folder holds pages; the folder, or null if the build ended first.</summary>
    private static string? KillWhileStaging(TempDirectory site)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Repo.SiteDll);
        start.ArgumentList.Add("build");
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        string? staging = null;
        while (!process.HasExited && staging is null)
        {
            staging = Directory.EnumerateDirectories(site.Path, "output.tmp-*")
                .FirstOrDefault(folder => Directory.Exists(Path.Combine(folder, "p")));
            if (staging is null) Thread.Sleep(2);
        }
        if (staging is not null) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return staging is not null && Directory.Exists(staging) ? staging : null;
    }
}
