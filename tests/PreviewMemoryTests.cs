using Site.Preview;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>Runs alone: the managed heap it measures is the whole test process's.</summary>
[CollectionDefinition("preview-memory", DisableParallelization = true)]
public sealed class PreviewMemoryCollection;

/// <summary>A long preview session does not grow: 200 rebuilds leave the managed heap where it was.</summary>
[Collection("preview-memory")]
public sealed class PreviewMemoryTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Two_hundred_rebuilds_leave_the_managed_heap_at_its_level()
    {
        TempDirectory.CopyTree(Repo.Input, _site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, _site.Combine("theme"));
        var site = new PreviewSite(new BuildOptions(_site.Combine("input"), _site.Combine("theme"), "unused-by-preview", "/", "http://127.0.0.1:1", false));
        var glossary = _site.Combine("input", "glossary.md");
        var original = File.ReadAllText(glossary);
        var extra = _site.Combine("input", "extra.md");
        var edit = 0;

        // Each rebuild follows an edit, as in a session: a page's text changes, a page comes and goes.
        async Task Rebuilds(int count)
        {
            for (var i = 0; i < count; i++, edit++)
            {
                File.WriteAllText(glossary, original + $"\nEdit number {edit}.\n");
                string[] changed = [glossary];
                if (edit % 10 == 0)
                {
                    if (File.Exists(extra)) File.Delete(extra);
                    else File.WriteAllText(extra, $"---\ntitle: Extra {edit}\ndescription: Comes and goes.\n---\nText.\n");
                    changed = [glossary, extra];
                }
                var report = await site.Rebuild(changed);
                Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
            }
        }

        await site.Rebuild([]);
        // Warm up: JIT, caches of the libraries, the thread pool, the first generation of cached renders.
        await Rebuilds(20);
        var before = ManagedHeapAfterFullCollection();
        await Rebuilds(200);
        var after = ManagedHeapAfterFullCollection();
        output.WriteLine($"managed heap after a full compacting collection: {before / 1024} KB after 20 rebuilds, {after / 1024} KB after 220");

        // The heap after a full, compacting collection: what is still reachable. 200 rebuilds that each
        // kept even one old page (≈ 30 KB) alive would add 6 MB; the margin allows 2 MB of noise.
        Assert.True(after <= before + 2 * 1024 * 1024,
            $"managed heap after a full collection: {before / 1024} KB after 20 rebuilds, {after / 1024} KB after 220");
        Assert.Contains($"Edit number {edit - 1}.", System.Text.Encoding.UTF8.GetString(site.Current!.Files["glossary/index.html"].Content!));
    }

    private static long ManagedHeapAfterFullCollection()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
