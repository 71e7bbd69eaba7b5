using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// A file the previous output/ holds byte for byte is carried into the new one (a hard link) instead of
/// written; anything else is written anew. Carried files keep their modification time, which is how
/// these tests tell them apart: the first build's files are dated 2001 before the second build runs.
/// </summary>
public sealed class ReusedOutputTests
{
    private static readonly DateTime Old = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static TempDirectory SmallSite()
    {
        var site = new TempDirectory();
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHome, see [the other page](other.md).\n");
        site.Write("input/other.md", "---\ntitle: Other\ndescription: Other.\n---\nOther.\n");
        site.Write("input/files/note.txt", "a file copied as it is\n");
        return site;
    }

    private static void Build(TempDirectory site, string output = "output")
    {
        var result = SiteBuilder.Build(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine(output), DisplayRoot: site.Path));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static void DateEveryFile(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, Old);
    }

    private static bool Carried(TempDirectory site, string relativePath) => File.GetLastWriteTimeUtc(site.Combine("output", relativePath)) == Old;

    [Fact]
    public void Unchanged_files_are_carried_over_and_changed_ones_written_anew()
    {
        using var site = SmallSite();
        Build(site);
        DateEveryFile(site.Combine("output"));

        site.Write("input/other.md", "---\ntitle: Other\ndescription: Other, changed.\n---\nOther, changed.\n");
        site.Write("input/files/note.txt", "a file copied as it is, changed\n");
        Build(site);

        Assert.True(Carried(site, "index.html"));
        Assert.False(Carried(site, "search-index.json"), "the search index holds the changed page's description");
        Assert.False(Carried(site, Path.Combine("other", "index.html")));
        Assert.False(Carried(site, Path.Combine("files", "note.txt")));
        // What the output holds is what a build into an empty folder writes.
        Build(site, "fresh");
        OutputSnapshot.AssertEqual(OutputSnapshot.Take(site.Combine("fresh")), OutputSnapshot.Take(site.Combine("output")));
        Assert.Single(Directory.EnumerateDirectories(site.Path, "output*"));
    }

    [Fact]
    public void A_rebuild_of_the_same_input_carries_every_file()
    {
        using var site = SmallSite();
        Build(site);
        DateEveryFile(site.Combine("output"));
        var before = OutputSnapshot.Take(site.Combine("output"));

        Build(site);

        OutputSnapshot.AssertEqual(before, OutputSnapshot.Take(site.Combine("output")));
        Assert.All(Directory.EnumerateFiles(site.Combine("output"), "*", SearchOption.AllDirectories),
            file => Assert.Equal(Old, File.GetLastWriteTimeUtc(file)));
    }

    [Fact]
    public void A_file_changed_in_output_by_hand_is_written_again_whatever_its_size()
    {
        using var site = SmallSite();
        Build(site);
        var good = OutputSnapshot.Take(site.Combine("output"));
        // The same size with one byte changed, and a copied file cut short.
        var page = site.Combine("output", "index.html");
        var bytes = File.ReadAllBytes(page);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(page, bytes);
        File.WriteAllText(site.Combine("output", "files", "note.txt"), "a file");

        Build(site);

        OutputSnapshot.AssertEqual(good, OutputSnapshot.Take(site.Combine("output")));
    }

    [Fact]
    public void A_symbolic_link_in_the_previous_output_is_replaced_by_a_file()
    {
        using var site = SmallSite();
        Build(site);
        var good = OutputSnapshot.Take(site.Combine("output"));
        // Same bytes, but through a link to a file outside output/: linking the link would publish a link.
        var page = site.Combine("output", "index.html");
        var elsewhere = site.Write("elsewhere.html", File.ReadAllText(page));
        File.Delete(page);
        File.CreateSymbolicLink(page, elsewhere);

        Build(site);

        Assert.Null(new FileInfo(page).LinkTarget);
        OutputSnapshot.AssertEqual(good, OutputSnapshot.Take(site.Combine("output")));
    }

    [Fact]
    public void A_failed_build_after_carrying_files_leaves_the_previous_output_as_it_was()
    {
        using var site = SmallSite();
        Build(site);
        DateEveryFile(site.Combine("output"));
        var before = OutputSnapshot.Take(site.Combine("output"));

        // Pages are carried while they render; the broken anchor fails the build after that.
        site.Write("input/other.md", "---\ntitle: Other\ndescription: Other.\n---\nOther, see [home](index.md#nowhere).\n");
        var result = SiteBuilder.Build(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path));

        Assert.False(result.Succeeded);
        OutputSnapshot.AssertEqual(before, OutputSnapshot.Take(site.Combine("output")));
        Assert.All(Directory.EnumerateFiles(site.Combine("output"), "*", SearchOption.AllDirectories),
            file => Assert.Equal(Old, File.GetLastWriteTimeUtc(file)));
        Assert.Single(Directory.EnumerateDirectories(site.Path, "output*"));
    }
}
