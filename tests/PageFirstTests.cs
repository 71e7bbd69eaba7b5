using Site.Preview;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// The preview's page-first path (Site.Build.PageFirst): an edit of one page's body renders that
/// page alone, checks only the anchors into and out of it, serves exactly what a fresh full build
/// makes of it, and the full build that follows renders nothing more. Any other edit, and any edit
/// that breaks something, is not served first and is reported by the full build, once, at its place.
/// Counts and bytes, never timings.
/// </summary>
public sealed class PageFirstTests : IAsyncLifetime
{
    /// <summary>Enough pages that "everything" and "one" are far apart; few enough to build quickly.</summary>
    private const int Pages = 120;

    private const int Edited = 60;

    private readonly TempDirectory _site = new();
    private PreviewSite _preview = null!;

    private BuildOptions Options => new(_site.Combine("input"), _site.Combine("theme"), "unused-by-preview", "/", "http://127.0.0.1:1", false,
        DisplayRoot: _site.Path);

    private string EditedPath => _site.Combine("input", $"p{Edited}.md");

    public async Task InitializeAsync()
    {
        TempDirectory.CopyTree(Repo.Theme, _site.Combine("theme"));
        _site.Write("input/site.yml", "title: { en: \"Pages\" }\ndescription: { en: \"Pages for the page-first tests.\" }\nlanguage: en\nlanguages: [en]\nnav:\n  - index.md\n  - p0.md\n");
        _site.Write("input/index.md", "---\ntitle: Home\ndescription: The home page.\nlayout: home\norder: 1\nsummary: Every page.\n---\nStart with [the first page](p0.md#overview).\n");
        for (var i = 0; i < Pages; i++) _site.Write($"input/p{i}.md", PageText(i, ""));
        _preview = new PreviewSite(Options);
        var first = await _preview.Rebuild([]);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(Pages + 2, first.Pages); // the pages, the home page and the generated 404 page
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Page i: front matter on lines 1–7, then a link to an anchor on itself, one to the next page's
    /// #details and one to the previous page's #overview (so two other pages link into each page).
    /// </summary>
    private static string PageText(int i, string extra) =>
        $"---\ntitle: Page {i}\ndescription: Page {i}.\nsummary: What page {i} says.\norder: {i + 2}\ndate: 2026-01-01\n---\n"
        + $"The [details](#details) come below.\n\n## Overview\n\nSee [the next page](p{(i + 1) % Pages}.md#details) and [the previous one](p{(i + Pages - 1) % Pages}.md#overview).\n\n"
        + $"## Details\n\nSome text.\n{extra}";

    private static string Html(PreviewSite.Snapshot snapshot, string path) => System.Text.Encoding.UTF8.GetString(snapshot.Files[path].Content!);

    /// <summary>Saves the edited page and rebuilds; returns the page-first report and snapshot (null when there was none) and the full report.</summary>
    private async Task<(PreviewSite.Report? First, PreviewSite.Snapshot? Served, PreviewSite.Report Full)> Save(string text)
    {
        File.WriteAllText(EditedPath, text);
        PreviewSite.Report? first = null;
        PreviewSite.Snapshot? served = null;
        var full = await _preview.Rebuild([EditedPath], report =>
        {
            first = report;
            served = _preview.Current;
        });
        return (first, served, full);
    }

    [Fact]
    public async Task An_edit_of_one_body_renders_and_checks_that_page_alone_and_serves_what_a_fresh_build_makes_of_it()
    {
        var before = _preview.Current!;
        var (first, served, full) = await Save(PageText(Edited, "\nA paragraph added while previewing.\n"));

        Assert.NotNull(first);
        Assert.Equal(1, first.RenderedPages);
        // Its three anchors (#details on itself, the next page's, the previous one's) and the two into it.
        Assert.Equal(5, first.AnchorsChecked);
        Assert.Equal($"/p{Edited}/", first.Url);

        // Served first: the edited page as a fresh build makes it, every other file the last build's.
        var fresh = SiteBuilder.Generate(Options);
        Assert.True(fresh.Succeeded);
        var freshFiles = fresh.Files.ToDictionary(f => f.RelativePath, f => f.Content is null ? File.ReadAllBytes(f.CopyFrom!) : f.Content);
        Assert.Equal(before.Build + 1, served!.Build);
        Assert.Contains("A paragraph added while previewing.", Html(served, $"p{Edited}/index.html"));
        Assert.Equal(freshFiles[$"p{Edited}/index.html"], served.Files[$"p{Edited}/index.html"].Content);
        Assert.Equal(before.Files.Keys.Order(StringComparer.Ordinal), served.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(served.Files.Where(f => f.Key != $"p{Edited}/index.html"), f => Assert.Same(before.Files[f.Key], f.Value));

        // The full build after it renders nothing more, and ends where a fresh build is, byte for byte.
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.True(full.PageServedFirst);
        Assert.Equal(1, full.RenderedPages);
        var final = _preview.Current!;
        Assert.Equal(before.Build + 2, final.Build);
        Assert.Equal(fresh.Diagnostics, full.Diagnostics);
        Assert.Equal(freshFiles.Keys.Order(StringComparer.Ordinal), final.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in freshFiles)
            Assert.True(bytes.AsSpan().SequenceEqual(final.Files[path].Content ?? File.ReadAllBytes(final.Files[path].CopyFrom!)), $"{path} differs from a fresh build's");
    }

    [Fact]
    public async Task A_save_through_files_that_are_gone_afterwards_is_served_first()
    {
        // vim's way: a probe file, then the old text renamed to a backup, the new one written, the backup removed.
        var probe = _site.Write("input/4913", "");
        File.Delete(probe);
        var backup = EditedPath + "~";
        File.Move(EditedPath, backup);
        File.WriteAllText(EditedPath, PageText(Edited, "\nSaved the way vim saves.\n"));
        File.Delete(backup);
        PreviewSite.Report? first = null;
        var full = await _preview.Rebuild([probe, backup, EditedPath], report => first = report);

        Assert.NotNull(first);
        Assert.Equal(1, first.RenderedPages);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Equal(1, full.RenderedPages);
        Assert.Contains("Saved the way vim saves.", Html(_preview.Current!, $"p{Edited}/index.html"));
    }

    [Fact]
    public async Task No_page_is_served_first_while_a_change_to_another_file_is_not_built_yet()
    {
        // A new page: its change is not a body edit, and until it is built another page's edit is not served first.
        var added = _site.Write("input/added.md", "---\ntitle: Added\ndescription: Added while previewing.\n---\nNew.\n");
        Assert.Null(_preview.ServeFirst([added]));
        File.WriteAllText(EditedPath, PageText(Edited, "\nAn edit made before the new page is built.\n"));
        Assert.Null(_preview.ServeFirst([EditedPath]));

        var full = await _preview.Rebuild([added, EditedPath]);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Contains("An edit made before the new page is built.", Html(_preview.Current!, $"p{Edited}/index.html"));

        // Built: the next edit is served first again.
        File.WriteAllText(EditedPath, PageText(Edited, "\nAn edit made after.\n"));
        var first = _preview.ServeFirst([EditedPath]);
        Assert.NotNull(first);
        Assert.Contains("An edit made after.", Html(_preview.Current!, $"p{Edited}/index.html"));
    }

    [Fact]
    public async Task A_broken_link_in_the_edit_is_not_served_and_is_reported_once_at_its_place()
    {
        var before = _preview.Current!;
        // Line 17, after the 16 lines of the page's text (the last one ends with a newline).
        var (first, _, full) = await Save(PageText(Edited, "[A page that does not exist](p9999.md)\n"));

        Assert.Null(first);
        Assert.False(full.Succeeded);
        var error = Assert.Single(full.Diagnostics, d => d.IsError);
        Assert.StartsWith($"input/p{Edited}.md:17:", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("LINK001", error.Code);
        Assert.Equal(SiteBuilder.Generate(Options).Diagnostics, full.Diagnostics);
        // The last good site is still served, unchanged.
        Assert.Same(before, _preview.Current);
    }

    [Fact]
    public async Task Removing_a_heading_another_page_links_to_is_not_served_and_that_link_is_reported_once()
    {
        var before = _preview.Current!;
        var (first, _, full) = await Save(PageText(Edited, "").Replace("## Details", "## Particulars", StringComparison.Ordinal));

        Assert.Null(first);
        Assert.False(full.Succeeded);
        // The page's own link to #details breaks too: one error at each link, none elsewhere.
        var errors = full.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Single(errors, e => e.StartsWith($"input/p{Edited - 1}.md:12:", StringComparison.Ordinal) && e.Contains("error LINK003", StringComparison.Ordinal));
        Assert.Single(errors, e => e.StartsWith($"input/p{Edited}.md:8:", StringComparison.Ordinal) && e.Contains("error LINK003", StringComparison.Ordinal));
        Assert.Equal(SiteBuilder.Generate(Options).Diagnostics, full.Diagnostics);
        Assert.Same(before, _preview.Current);
    }

    [Fact]
    public async Task A_front_matter_edit_is_not_served_first_and_the_full_build_re_renders_the_pages_that_show_it()
    {
        var before = _preview.Current!;
        var (first, _, full) = await Save(PageText(Edited, "").Replace($"title: Page {Edited}", "title: A new title", StringComparison.Ordinal));

        Assert.Null(first);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.False(full.PageServedFirst);
        // Its neighbours show its title (previous and next), the home page lists it: more than the page itself.
        Assert.InRange(full.RenderedPages, 2, Pages + 2);
        Assert.Equal(before.Build + 1, _preview.Current!.Build);
        Assert.Contains("A new title", Html(_preview.Current, $"p{Edited - 1}/index.html"));
    }
}
