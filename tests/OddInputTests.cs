using System.Diagnostics;
using System.Text;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// Inputs that are odd but fine must build (BOM and CRLF, a 10 MB page, a 200,000-row table), and
/// inputs that are not files or folders end in a located error or a usage error, never a hang.
/// </summary>
public sealed class OddInputTests
{
    [Fact]
    public void A_BOM_and_CRLF_line_endings_everywhere_build_the_same_site_byte_for_byte()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var converted = 0;
        foreach (var file in Directory.EnumerateFiles(site.Path, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md") || f.EndsWith(".yml") || f.EndsWith(".sbn-html")))
        {
            // As Windows editors and git's autocrlf write them.
            var text = File.ReadAllText(file).Replace("\n", "\r\n");
            File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
            converted++;
        }
        Assert.True(converted > 20);

        var plain = Build(Repo.Input, Repo.Theme);
        var windows = Build(site.Combine("input"), site.Combine("theme"));
        Assert.Equal(plain.Keys, windows.Keys);
        foreach (var (path, bytes) in plain) Assert.True(bytes == windows[path], $"{path} differs with a BOM and CRLF");
    }

    [Fact]
    public void A_10_MB_page_builds_within_a_bounded_heap()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        var page = new StringBuilder("---\ntitle: Long\ndescription: A very long page.\n---\n");
        for (var i = 0; page.Length < 10_000_000; i++)
            page.Append("## Section ").Append(i).Append("\n\nSome *text* with a [link](#section-").Append(i).Append(") and `code`, line ").Append(i).Append(".\n\n");
        site.Write("input/index.md", page.ToString());

        // A hard heap limit: the build fails (exit 3, out of memory) rather than grow without bound.
        var run = SiteProcess.Run(site.Path, ["--site-url", "https://example.org"], new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x40000000" });
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(new FileInfo(site.Combine("output", "index.html")).Length > 10_000_000);
    }

    [Fact]
    public void A_table_of_200000_rows_parses_in_linear_time()
    {
        var small = TimeTable(50_000);
        var large = TimeTable(200_000);
        // Four times the rows: about four times the CPU time (the parse runs on this thread, so a busy
        // machine does not change it), and seconds, not minutes.
        Assert.True(large.TotalSeconds < 60, $"200,000 rows took {large.TotalSeconds:F1} s of CPU");
        Assert.True(large.TotalMilliseconds < 10 * Math.Max(small.TotalMilliseconds, 200), $"50,000 rows: {small.TotalMilliseconds:F0} ms of CPU; 200,000 rows: {large.TotalMilliseconds:F0} ms");
    }

    private static TimeSpan TimeTable(int rows)
    {
        var table = new StringBuilder("title: { en: Big }\nsource: [{ title: Generated }]\ncolumns:\n  - { id: k, label: { en: K }, type: text, key: true }\n  - { id: v, label: { en: V }, type: number }\nrows:\n");
        for (var i = 0; i < rows; i++) table.Append("  - { k: r").Append(i).Append(", v: ").Append(i).Append(".5 }\n");
        var file = new Site.Diagnostics.SourceFile("/big.yml", "input/data/big.yml", "data/big.yml", table.ToString());
        var diagnostics = new Site.Diagnostics.DiagnosticBag();
        Site.Data.DataTable? parsed = null;
        var cpu = ThreadCpuClock.Measure(() => parsed = Site.Data.DataTableParser.Parse(file, "en", diagnostics));
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(rows, parsed!.Rows.Count);
        return cpu;
    }

    [Fact]
    public async Task A_FIFO_in_input_is_a_located_error_not_a_hang()
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHome.\n");
        Directory.CreateDirectory(site.Combine("input", "images"));
        foreach (var name in new[] { "input/pipe.md", "input/images/pipe.png" })
            Process.Start("mkfifo", site.Combine(name))!.WaitForExit();
        var build = Task.Run(() => SiteBuilder.Generate(new BuildOptions(site.Combine("input"), Path.Combine(Repo.Cases, "_theme"), "unused", SiteUrl: "https://example.org", DisplayRoot: site.Path)));
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == build, "the build hung on a FIFO");
        Assert.Equal(
            ["input/images/pipe.png:1:1: error SITE007: 'pipe.png' is not a regular file (a FIFO, socket or device); a site holds only files and folders",
             "input/pipe.md:1:1: error SITE007: 'pipe.md' is not a regular file (a FIFO, socket or device); a site holds only files and folders"],
            (await build).Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("a-file", "--output 'a-file' is a file, not a folder; choose a folder of its own")]
    [InlineData("a-file/site", "--output 'a-file/site' is inside '")]
    public void Output_naming_a_file_is_a_usage_error_and_the_file_is_kept(string output, string message)
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHome.\n");
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        site.Write("a-file", "keep me\n");
        var run = SiteProcess.Run(site.Path, ["--output", output]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Equal("keep me\n", File.ReadAllText(site.Combine("a-file")));
    }

    [Theory]
    [InlineData("--base-path", "/%2e%2e/")]
    [InlineData("--base-path", "/a/../")]
    [InlineData("--base-path", "/a'b\"/")]
    [InlineData("--site-url", "https://example.org/\"><script>alert(1)</script>")]
    [InlineData("--site-url", "javascript:alert(1)")]
    public void Hostile_command_line_urls_are_usage_errors(string option, string value)
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHome.\n");
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        var run = SiteProcess.Run(site.Path, [option, value]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Stderr);
        Assert.False(Directory.Exists(site.Combine("output")));
    }

    private static SortedDictionary<string, string> Build(string input, string theme)
    {
        var result = SiteBuilder.Generate(new BuildOptions(input, theme, "unused", SiteUrl: "https://example.org", DisplayRoot: Repo.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in result.Files)
            files[file.RelativePath] = file.Content is null ? "copy of " + Path.GetFileName(file.CopyFrom!) : Convert.ToBase64String(file.Content);
        return files;
    }
}
