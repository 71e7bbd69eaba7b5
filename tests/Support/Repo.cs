namespace Site.Tests.Support;

/// <summary>Paths of the repository under test, found from the test assembly's folder.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");
    public static string Cases => Path.Combine(Root, "tests", "cases");

    /// <summary>The built generator, run as a real process by CLI tests.</summary>
    public static string SiteDll => Path.Combine(AppContext.BaseDirectory, "site.dll");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.csproj"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Site.csproj not found above " + AppContext.BaseDirectory);
    }
}
