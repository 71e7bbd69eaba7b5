using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>Same input, byte-identical output, whatever the culture, time zone or file order.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_under_different_cultures_time_zones_and_file_orders_are_byte_identical()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        // The same files created in opposite orders: directory enumeration follows creation on many file systems.
        var files = Directory.EnumerateFiles(Repo.Input, "*", SearchOption.AllDirectories).ToList();
        foreach (var (folder, order) in new[] { ("input-a", files.Order(StringComparer.Ordinal)), ("input-b", files.OrderDescending(StringComparer.Ordinal)) })
            foreach (var file in order)
            {
                var target = site.Combine(folder, Path.GetRelativePath(Repo.Input, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

        var english = SiteProcess.Run(site.Path, ["--input", "input-a", "--output", "out-en"], new Dictionary<string, string>
            { ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8", ["TZ"] = "UTC" });
        var french = SiteProcess.Run(site.Path, ["--input", "input-b", "--output", "out-fr"], new Dictionary<string, string>
            { ["LANG"] = "fr_CA.UTF-8", ["LC_ALL"] = "fr_CA.UTF-8", ["TZ"] = "Pacific/Chatham", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" });

        Assert.Equal(0, english.ExitCode);
        Assert.Equal(0, french.ExitCode);
        OutputSnapshot.AssertEqual(OutputSnapshot.Take(site.Combine("out-en")), OutputSnapshot.Take(site.Combine("out-fr")));
    }

    [Fact]
    public void In_process_builds_do_not_depend_on_the_current_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("en-US");
            var english = Build(Repo.Input);
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-CA");
            System.Globalization.CultureInfo.DefaultThreadCurrentCulture = new System.Globalization.CultureInfo("fr-CA");
            var french = Build(Repo.Input);
            Assert.Equal(english.Keys, french.Keys);
            foreach (var (path, text) in english) Assert.Equal(text, french[path]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
            System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null;
        }
    }

    [Fact]
    public void File_creation_order_does_not_change_the_output()
    {
        using var site = new TempDirectory();
        var files = Directory.EnumerateFiles(Repo.Input, "*", SearchOption.AllDirectories).ToList();
        // Create the same files in opposite orders: directory enumeration order follows creation on many file systems.
        foreach (var (folder, order) in new[] { ("a", files.Order(StringComparer.Ordinal)), ("b", files.OrderDescending(StringComparer.Ordinal)) })
        {
            foreach (var file in order)
            {
                var target = site.Combine(folder, Path.GetRelativePath(Repo.Input, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        var first = Build(site.Combine("a"));
        var second = Build(site.Combine("b"));
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, text) in first) Assert.Equal(text, second[path]);
    }

    private static SortedDictionary<string, string> Build(string input)
    {
        var result = SiteBuilder.Generate(new BuildOptions(input, Repo.Theme, "unused", SiteUrl: "https://example.org", DisplayRoot: Repo.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in result.Files)
            files[file.RelativePath] = file.Content is null ? "copy of " + Path.GetRelativePath(input, file.CopyFrom!) : Convert.ToBase64String(file.Content);
        return files;
    }
}
