namespace Site.Tests.Support;

/// <summary>
/// Paths of the repository under test. Tests never read or write the live input/ and theme/: the
/// first test that asks for them gets a copy made once per test run in a temporary folder, so an
/// editor saving content while the tests run neither breaks them nor has files changed under them.
/// </summary>
public static class Repo
{
    /// <summary>The real checkout (where Site.csproj is): for the test cases and the fidelity fingerprint, read only.</summary>
    public static readonly string Checkout = FindCheckout();

    private static readonly Lazy<string> SnapshotRoot = new(TakeSnapshot, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The root of the copy under test: it holds input/ and theme/ as they were when the run began,
    /// and is the display root of diagnostics (so paths read input/x.md as in a real build).
    /// </summary>
    public static string Root => SnapshotRoot.Value;

    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Case folders belong to the tests, not to editors: read in place.</summary>
    public static string Cases => Path.Combine(Checkout, "tests", "cases");

    /// <summary>The built generator, run as a real process by CLI tests.</summary>
    public static string SiteDll => Path.Combine(AppContext.BaseDirectory, "site.dll");

    /// <summary>
    /// The command that runs the generator under test: <c>dotnet site.dll</c>, or the executable named by
    /// SITE_EXECUTABLE (e.g. a Native AOT or composite publish: docs/performance.md, "Native AOT"), so
    /// the process tests can check a published build as the Pages workflow runs it.
    /// </summary>
    public static IReadOnlyList<string> SiteCommand =>
        Environment.GetEnvironmentVariable("SITE_EXECUTABLE") is { Length: > 0 } executable ? [executable] : ["dotnet", SiteDll];

    /// <summary><see cref="SiteCommand"/> quoted for sh.</summary>
    public static string SiteShellCommand => string.Join(' ', SiteCommand.Select(part => $"'{part}'"));

    private static string TakeSnapshot()
    {
        var root = Path.Combine(Path.GetTempPath(), "site-tests-snapshot-" + Guid.NewGuid().ToString("N")[..10]);
        foreach (var folder in new[] { "input", "theme" })
            TempDirectory.CopyTree(Path.Combine(Checkout, folder), Path.Combine(root, folder));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
        };
        return root;
    }

    private static string FindCheckout()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.csproj"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Site.csproj not found above " + AppContext.BaseDirectory);
    }
}
