using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>The Load stage: bytes that are not UTF-8, links out of the site, line endings.</summary>
public sealed class LoaderTests
{
    private static BuildResult Build(TempDirectory site) =>
        SiteBuilder.Generate(new BuildOptions(site.Combine("input"), Path.Combine(Repo.Cases, "_theme"), site.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: site.Path));

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\n");
        var bytes = System.Text.Encoding.UTF8.GetBytes("---\ntitle: Café\ndescription: x\n---\nfine line\nbad: ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        File.WriteAllBytes(site.Combine("input", "bad.md"), bytes);

        var result = Build(site);

        Assert.Equal(["input/bad.md:6:6: error SITE003: the file is not valid UTF-8 (byte 51); save it as UTF-8"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_symbolic_link_out_of_the_input_folder_is_refused()
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\n");
        var secret = site.Write("secret/passwords.md", "---\ntitle: Secret\ndescription: x\n---\n");
        File.CreateSymbolicLink(site.Combine("input", "leak.md"), secret);
        Directory.CreateSymbolicLink(site.Combine("input", "folder"), site.Combine("secret"));

        var result = Build(site);

        Assert.Equal(
        [
            $"input/folder:1:1: error SITE002: 'folder' is a link to '{site.Combine("secret")}', outside 'input/'; copy the file in instead",
            $"input/leak.md:1:1: error SITE002: 'leak.md' is a link to '{secret}', outside 'input/'; copy the file in instead",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_change_nothing()
    {
        using var unix = new TempDirectory();
        using var windows = new TempDirectory();
        const string page = "---\ntitle: Home\ndescription: Home.\n---\n# Title\n\nA [link](#title) and text.\n";
        unix.Write("input/index.md", page);
        Directory.CreateDirectory(windows.Combine("input"));
        File.WriteAllBytes(windows.Combine("input", "index.md"),
            [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(page.Replace("\n", "\r\n"))]);

        var a = Build(unix);
        var b = Build(windows);

        Assert.Empty(a.Diagnostics);
        Assert.Empty(b.Diagnostics);
        Assert.Equal(a.Files.Single(f => f.RelativePath == "index.html").Content, b.Files.Single(f => f.RelativePath == "index.html").Content);
    }
}
