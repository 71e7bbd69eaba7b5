namespace Site.Tests.Charts;

/// <summary>
/// What <see cref="global::StartupHook"/> does in a generator process started by a test with
/// DOTNET_STARTUP_HOOKS set to this assembly: when the process exits, it writes the simple names of
/// the assemblies it loaded, one a line, to the file named by <see cref="Variable"/>.
/// </summary>
public static class LoadedAssembliesHook
{
    public const string Variable = "SITE_TESTS_LOADED_ASSEMBLIES";

    public static void Install()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path)) return;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllLines(path, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(StringComparer.Ordinal));
    }
}
