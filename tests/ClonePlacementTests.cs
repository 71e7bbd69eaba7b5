using System.Diagnostics;
using System.Text.Json;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The generator and the site it builds may live anywhere a clone can: under a folder only its owner
/// may enter (as mktemp -d makes them, or /root), under names with spaces and letters beyond ASCII.
/// </summary>
public sealed class ClonePlacementTests
{
    [Fact]
    public void A_build_runs_from_and_into_folders_with_spaces_and_accents_under_a_private_folder()
    {
        using var root = new TempDirectory();
        Chmod("700", root.Path);
        var clone = root.Combine("Mes projets", "l’explicatif été");
        CopyGenerator(Path.Combine(clone, "bin dir"));
        var site = Path.Combine(clone, "site à côté");
        Directory.CreateDirectory(Path.Combine(site, "input", "notes"));
        File.WriteAllText(Path.Combine(site, "input", "index.md"), "---\ntitle: Accueil\ndescription: Accueil.\n---\nVoir [la page](notes/ete.md).\n");
        File.WriteAllText(Path.Combine(site, "input", "notes", "ete.md"), "---\ntitle: Été\ndescription: Été.\n---\nVoir [rien](absent.md).\n");
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), Path.Combine(site, "theme"));
        var generator = Path.Combine(clone, "bin dir", "site.dll");

        // A located error names the file from the site folder, wherever that folder is.
        var failed = SiteProcess.Run(site, ["build"], siteDll: generator);
        Assert.Equal(1, failed.ExitCode);
        Assert.StartsWith("input/notes/ete.md:5:6: error LINK001: broken link 'absent.md'", failed.Stderr, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(site, "input", "notes", "ete.md"), "---\ntitle: Été\ndescription: Été.\n---\nRetour à [l’accueil](../index.md).\n");
        var built = SiteProcess.Run(site, ["build", "--output", "sortie du site"], siteDll: generator);
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.True(File.Exists(Path.Combine(site, "sortie du site", "notes", "ete", "index.html")));
    }

    /// <summary>The generator and the assemblies its deps file names, as a publish would lay them out.</summary>
    private static void CopyGenerator(string folder)
    {
        Directory.CreateDirectory(folder);
        var from = Path.GetDirectoryName(Repo.SiteDll)!;
        var files = new HashSet<string>(StringComparer.Ordinal) { "site.dll", "site.deps.json", "site.runtimeconfig.json" };
        using (var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(from, "site.deps.json"))))
        {
            foreach (var target in deps.RootElement.GetProperty("targets").EnumerateObject())
                foreach (var library in target.Value.EnumerateObject())
                    if (library.Value.TryGetProperty("runtime", out var runtime))
                        foreach (var assembly in runtime.EnumerateObject()) files.Add(Path.GetFileName(assembly.Name));
        }
        foreach (var file in files) File.Copy(Path.Combine(from, file), Path.Combine(folder, file));
    }

    private static void Chmod(string mode, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chmod", [mode, path]))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
