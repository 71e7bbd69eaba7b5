using System.Diagnostics;
using System.Text.RegularExpressions;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The generator as others install it, end to end and offline: both packages packed from a copy of
/// this repository into a temporary folder, the tool installed from there with a tool path, the
/// template into a temporary hive, a new site created and built with zero warnings. No network (the
/// only package source is the temporary folder) and nothing left in the account's global state.
/// </summary>
public sealed partial class InstallTests
{
    [Fact]
    public void The_packed_tool_and_template_make_a_new_explainer_that_builds_without_warnings()
    {
        using var work = new TempDirectory();
        var packages = work.Combine("packages");
        var repository = work.Combine("repository");
        foreach (var file in new[] { "Site.csproj", "Directory.Build.props", "Directory.Packages.props", "global.json", "docs/install.md" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(repository, file))!);
            File.Copy(Path.Combine(Repo.Checkout, file), Path.Combine(repository, file));
        }
        foreach (var folder in new[] { "src", "templates", "schemas" })
            TempDirectory.CopyTree(Path.Combine(Repo.Checkout, folder), Path.Combine(repository, folder));
        TempDirectory.CopyTree(Repo.Theme, Path.Combine(repository, "theme"));
        foreach (var leftover in new[] { "bin", "obj" }.Select(f => Path.Combine(repository, "templates", f)).Where(Directory.Exists))
            Directory.Delete(leftover, recursive: true);

        Dotnet(repository, "pack", "Site.csproj", "-o", packages);
        Dotnet(repository, "pack", "templates/Explainer.Templates.csproj", "-o", packages);
        File.WriteAllText(work.Combine("nuget.config"),
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /><add key=\"local\" value=\"{packages}\" /></packageSources></configuration>\n");
        Dotnet(work.Path, "tool", "install", "Explainer.Site", "--tool-path", work.Combine("tools"), "--configfile", work.Combine("nuget.config"));
        var hive = work.Combine("hive");
        Dotnet(work.Path, "new", "install", Path.Combine(packages, $"Explainer.Templates.{Version}.nupkg"), "--debug:custom-hive", hive);
        var explainer = work.Combine("tools", "explainer");

        foreach (var (languages, pages) in new[] { (new[] { "en" }, new[] { "index.html" }), (["fr"], ["index.html"]), (["en", "fr"], ["index.html", "fr/index.html"]) })
        {
            var site = work.Combine("site-" + string.Join('-', languages));
            Dotnet(work.Path, ["new", "explainer", "-o", site, "--debug:custom-hive", hive, .. languages.SelectMany(l => new[] { "--languages", l })]);

            var check = Run(site, explainer, "check", "--strict");
            Assert.True(check.ExitCode == 0, check.Output);
            var build = Run(site, explainer, "build");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Matches(@"Built \d+ pages, 1 tables, \d+ charts, 0 warnings in \d+ ms", build.Output);
            foreach (var page in pages)
            {
                var html = File.ReadAllText(Path.Combine(site, "output", page));
                Assert.Contains($"<html lang=\"{(page.StartsWith("fr/", StringComparison.Ordinal) || languages is ["fr"] ? "fr" : "en")}\"", html);
                Assert.Contains("class=\"chart", html);
            }
            // The default theme came from the tool: the new site's theme/ holds only its README.
            Assert.Equal(["README.md"], Directory.EnumerateFiles(Path.Combine(site, "theme")).Select(Path.GetFileName));
            Assert.True(File.Exists(Path.Combine(site, ".config", "dotnet-tools.json")));
            Assert.True(File.Exists(Path.Combine(site, ".github", "workflows", "pages.yml")));
        }

        // A file added to the site's theme/ overrides the default theme's file at that path, and only it.
        var bilingual = work.Combine("site-en-fr");
        Directory.CreateDirectory(Path.Combine(bilingual, "theme", "partials"));
        File.WriteAllText(Path.Combine(bilingual, "theme", "partials", "footer.sbn-html"), "<footer>Our own footer</footer>\n");
        Assert.Equal(0, Run(bilingual, explainer, "build").ExitCode);
        Assert.Contains("<footer>Our own footer</footer>", File.ReadAllText(Path.Combine(bilingual, "output", "index.html")));
    }

    [Fact]
    public void The_template_pins_the_generators_own_version_and_carries_its_schemas()
    {
        var manifest = File.ReadAllText(Path.Combine(Repo.Checkout, "templates", "explainer", ".config", "dotnet-tools.json"));
        Assert.Contains($"\"version\": \"{Version}\"", manifest);
        Assert.Contains("\"explainer.site\"", manifest);
        var project = File.ReadAllText(Path.Combine(Repo.Checkout, "templates", "Explainer.Templates.csproj"));
        Assert.Contains("<Content Include=\"../schemas/*.json\"", project);
    }

    /// <summary>The version of both packages (Directory.Build.props).</summary>
    private static string Version => VersionElement().Match(File.ReadAllText(Path.Combine(Repo.Checkout, "Directory.Build.props"))).Groups[1].Value;

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();

    private static void Dotnet(string folder, params string[] args)
    {
        var result = Run(folder, "dotnet", args);
        Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{result.Output}");
    }

    private static (int ExitCode, string Output) Run(string folder, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // No first-run messages, telemetry or update checks; the template hive and tool path are given.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["SITE_PROGRESS_AFTER_MS"] = "3600000";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(900_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 15 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
