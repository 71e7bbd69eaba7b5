using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// Data-driven cases, as markdig and scriban test their specs: each folder under tests/cases/ holds
/// an input/ (and optionally a theme/, else tests/cases/_theme/), optional build arguments in
/// args.txt, and what must come out: expected.txt (the exact diagnostics, one per line; absent
/// means none) and/or expected/ (files that must match the built ones byte for byte).
/// Set UPDATE_EXPECTED=1 to rewrite expected.txt and the files already in expected/ — then read the diff.
/// </summary>
public sealed class CaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var input in Directory.EnumerateDirectories(Repo.Cases, "input", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(input)!;
            if (!folder.Contains("/_theme")) data.Add(Path.GetRelativePath(Repo.Cases, folder).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var folder = Path.Combine(Repo.Cases, name);
        var theme = Directory.Exists(Path.Combine(folder, "theme")) ? Path.Combine(folder, "theme") : Path.Combine(Repo.Cases, "_theme");
        var args = File.Exists(Path.Combine(folder, "args.txt")) ? File.ReadAllText(Path.Combine(folder, "args.txt")).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries) : [];
        var options = new BuildOptions(Path.Combine(folder, "input"), theme, Path.Combine(folder, "unused-output"),
            BasePath: Arg(args, "--base-path"), SiteUrl: Arg(args, "--site-url") ?? "https://example.org",
            IncludeDrafts: args.Contains("--drafts"), DisplayRoot: folder);

        var result = SiteBuilder.Generate(options);

        var actualDiagnostics = string.Concat(result.Diagnostics.Select(d => d + "\n"));
        var expectedPath = Path.Combine(folder, "expected.txt");
        var update = Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1";
        if (update)
        {
            if (actualDiagnostics.Length > 0) File.WriteAllText(expectedPath, actualDiagnostics);
            else if (File.Exists(expectedPath)) File.Delete(expectedPath);
        }
        var expectedDiagnostics = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : "";
        Assert.Equal(expectedDiagnostics, actualDiagnostics);

        var expectedFiles = Path.Combine(folder, "expected");
        if (!Directory.Exists(expectedFiles)) return;
        Assert.True(result.Succeeded, "a case with expected/ files must build");
        var built = result.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(expectedFiles, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(expectedFiles, file).Replace('\\', '/');
            Assert.True(built.TryGetValue(relative, out var output), $"the build wrote no {relative}");
            var actual = System.Text.Encoding.UTF8.GetString(output!.Content ?? File.ReadAllBytes(output.CopyFrom!));
            if (update) File.WriteAllText(file, actual);
            Assert.Equal(File.ReadAllText(file), actual);
        }
    }

    private static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
