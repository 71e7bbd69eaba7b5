namespace Site.Tests.Support;

/// <summary>A case folder laid out as a repository (input/ and theme/ side by side) in a temp folder.</summary>
public static class CaseSite
{
    public static TempDirectory Copy(string caseName)
    {
        var folder = Path.Combine(Repo.Cases, caseName);
        var temp = new TempDirectory();
        TempDirectory.CopyTree(Path.Combine(folder, "input"), temp.Combine("input"));
        var theme = Directory.Exists(Path.Combine(folder, "theme")) ? Path.Combine(folder, "theme") : Path.Combine(Repo.Cases, "_theme");
        TempDirectory.CopyTree(theme, temp.Combine("theme"));
        return temp;
    }

    /// <summary>The case's build arguments (args.txt), with the site URL the case runner gives.</summary>
    public static string[] Args(string caseName)
    {
        var path = Path.Combine(Repo.Cases, caseName, "args.txt");
        var args = File.Exists(path) ? File.ReadAllText(path).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries) : [];
        return args.Contains("--site-url") ? args : [.. args, "--site-url", "https://example.org"];
    }
}
