using Site.Build;
namespace Site.Tests.Support;

/// <summary>
/// The real site (the run's copy of input/ and theme/) built once in memory with the default options,
/// for the test classes that only read its pages and files: one build per test run, not one per test.
/// Tests that need other options, or a build of their own (determinism, progress, caching), build it themselves.
/// </summary>
public static class RealSite
{
    private static readonly Lazy<BuildResult> Default = new(() =>
        SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", DisplayRoot: Repo.Root)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>What <c>SiteBuilder.Generate</c> gives for input/ and theme/ with no base path, site URL or repository.</summary>
    public static BuildResult Generated => Default.Value;
}
