using System.Diagnostics;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests.Fuzzing;

/// <summary>
/// A seeded fuzzer over the real site: each round mutates one file of input/ or theme/ and builds.
/// A build may succeed or fail with located errors; it may not throw, hang or report an error with
/// no place. Bounded in CI (2,000 builds or 2 minutes, whichever comes first, and never fewer than
/// 50); longer runs by SITE_FUZZ_SECONDS, SITE_FUZZ_BUILDS and SITE_FUZZ_SEED. A failing input is
/// saved as a new case under tests/cases/fuzz-found/ so it can be replayed and kept.
/// Builds are as cheap as the generator allows: in memory (no Write stage), incremental (each worker
/// keeps the preview's <see cref="Site.Build.BuildCache"/>, so a round parses and renders what its
/// mutation touches, as the preview does; BuildCacheTests prove a cached build equals a fresh one),
/// and one worker per core, each on its own copy of the site. A mutated template still renders every
/// page again (about 0.4 s of CPU against 0.05 s for a page or a table), so on two cores shared with
/// the rest of the suite the run ends at its 2 minutes, after a few hundred builds.
/// </summary>
public sealed class FuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    [Fact]
    public async Task Mutated_inputs_end_in_a_build_or_located_errors_never_a_crash_or_a_hang()
    {
        var seed = Setting("SITE_FUZZ_SEED", 20261125);
        var maxBuilds = Setting("SITE_FUZZ_BUILDS", 2000);
        var budget = TimeSpan.FromSeconds(Setting("SITE_FUZZ_SECONDS", 120));
        var workers = Math.Clamp(Environment.ProcessorCount, 1, 4);

        var clock = Stopwatch.StartNew();
        // At least 50 builds whatever the clock says: a busy machine makes the run longer, never too small to count.
        var run = new Run(maxBuilds, Math.Min(maxBuilds, MinimumBuilds), budget, clock);
        // On the thread pool, not on xunit's own threads: other test classes keep running meanwhile.
        var rounds = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => Fuzz(seed, w, run))));
        var problems = rounds.Where(r => r.Problem is not null).Select(r => r.Problem).ToList();
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));

        var builds = rounds.Sum(r => r.Builds);
        var failedBuilds = rounds.Sum(r => r.Failed);
        output.WriteLine($"seed {seed}: {builds} builds by {workers} workers in {clock.Elapsed.TotalSeconds:F0} s, {failedBuilds} of them failed with located errors, none crashed or hung");
        // The run did real work: enough rounds, and mutations that the build rejected.
        Assert.True(builds >= Math.Min(maxBuilds, MinimumBuilds), $"only {builds} builds in {clock.Elapsed.TotalSeconds:F0} s");
        Assert.True(failedBuilds > builds / 10, $"only {failedBuilds} of {builds} mutated builds failed: the mutations are too gentle");
    }

    private const int MinimumBuilds = 50;

    /// <summary>
    /// The bound shared by the workers: builds started so far, and the time budget, which ends the run
    /// only once the minimum number of builds has started.
    /// </summary>
    private sealed class Run(int maxBuilds, int minBuilds, TimeSpan budget, Stopwatch clock)
    {
        private int _started;
        public volatile bool Stopped;

        public bool Next()
        {
            if (Stopped) return false;
            var build = Interlocked.Increment(ref _started);
            return build <= maxBuilds && (build <= minBuilds || clock.Elapsed < budget);
        }
    }

    private sealed record Rounds(int Builds, int Failed, string? Problem);

    /// <summary>One worker: its own copy of the site, its own seed (the run's seed plus its number), its own cache.</summary>
    private static Rounds Fuzz(int runSeed, int worker, Run run)
    {
        var seed = runSeed + worker;
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused", SiteUrl: "https://example.org", DisplayRoot: site.Path);
        // Text files only: the fuzzer is about what editors write (and fonts and plotly.js are not parsed).
        var targets = Directory.EnumerateFiles(site.Path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".sbn-html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        if (targets.Count <= 20) return new Rounds(0, 0, $"only {targets.Count} files to mutate");

        var mutator = new Mutator(seed);
        var pick = new Random(seed);
        var cache = new Site.Build.BuildCache();
        var builds = 0;
        var failedBuilds = 0;
        while (run.Next())
        {
            var target = targets[pick.Next(targets.Count)];
            var original = File.ReadAllBytes(target);
            var mutated = mutator.Mutate(target, original);
            File.WriteAllBytes(target, mutated);
            try
            {
                var (problem, failed) = BuildProblem(() => SiteBuilder.Generate(options, cache: cache));
                if (failed) failedBuilds++;
                if (problem is not null)
                {
                    run.Stopped = true;
                    // The saved case is replayed by a fresh build: say whether it shows the problem too.
                    var (fresh, _) = BuildProblem(() => SiteBuilder.Generate(options));
                    var saved = SaveCase(site.Path, seed, builds);
                    return new Rounds(builds, failedBuilds,
                        $"round {builds} of worker {worker} (seed {seed}), {Path.GetRelativePath(site.Path, target)}: {mutator.Describe}: {problem}\n" +
                        $"a fresh build of the same input: {fresh ?? "no problem (the cached build alone showed it)"}\nsaved as {saved}");
                }
            }
            finally
            {
                File.WriteAllBytes(target, original);
            }
            builds++;
        }
        return new Rounds(builds, failedBuilds, null);
    }

    /// <summary>
    /// What went wrong, or null when the build ended properly (built, or failed with located errors);
    /// and whether it failed.
    /// </summary>
    internal static (string? Problem, bool Failed) BuildProblem(Func<BuildResult> generate)
    {
        var build = Task.Run(generate);
        try
        {
            if (!build.Wait(TimeSpan.FromSeconds(60))) return ("the build did not finish in 60 s (a hang)", true);
        }
        catch (AggregateException exception)
        {
            return ("the build threw " + exception.InnerException, true);
        }
        var result = build.Result;
        var unplaced = result.Diagnostics.FirstOrDefault(d => string.IsNullOrEmpty(d.Path) || d.Line < 1 || d.Column < 1);
        return (unplaced is null ? null : $"a diagnostic without a place: {unplaced}", !result.Succeeded);
    }

    [Fact]
    public void The_harness_reports_a_crash_and_an_error_without_a_place()
    {
        var (problem, failed) = BuildProblem(() => throw new InvalidOperationException("planted"));
        Assert.True(failed);
        Assert.StartsWith("the build threw System.InvalidOperationException: planted", problem);

        var unplaced = new Site.Diagnostics.Diagnostic("input/index.md", 0, 1, Site.Diagnostics.Severity.Error, "PAGE001", "planted");
        (problem, failed) = BuildProblem(() => new BuildResult([unplaced], [], 1, 0, 0, 0));
        Assert.True(failed);
        Assert.Equal("a diagnostic without a place: input/index.md:0:1: error PAGE001: planted", problem);

        var located = unplaced with { Line = 3 };
        Assert.Equal((null, true), BuildProblem(() => new BuildResult([located], [], 1, 0, 0, 0)));
    }

    /// <summary>Copies the mutated site into tests/cases/fuzz-found/ of the checkout, to replay and keep.</summary>
    private static string SaveCase(string site, int seed, int round)
    {
        var folder = Path.Combine(Repo.Cases, "fuzz-found", $"seed-{seed}-round-{round}");
        TempDirectory.CopyTree(Path.Combine(site, "input"), Path.Combine(folder, "input"));
        TempDirectory.CopyTree(Path.Combine(site, "theme"), Path.Combine(folder, "theme"));
        return Path.GetRelativePath(Repo.Checkout, folder);
    }
}
