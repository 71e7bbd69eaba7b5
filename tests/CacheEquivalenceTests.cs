using System.Diagnostics;
using System.Text.RegularExpressions;
using Site.Build;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Incremental builds are exact: a seeded sequence of random edits to random files of a copy of the
/// real site (pages, tables, site.yml, layouts, partials, words, assets), each followed by a build
/// with one long-lived <see cref="BuildCache"/> (as the preview keeps) and a fresh build; the two must
/// give the same diagnostics and the same files, byte for byte. Bounded in CI (30 edits or 25 s);
/// longer with SITE_CACHE_EDITS, SITE_CACHE_SECONDS and another SITE_CACHE_SEED.
/// </summary>
public sealed partial class CacheEquivalenceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    // Template pieces that read the models in different ways: members, loops, indexes, missing members.
    private static readonly string[] TemplatePieces =
    [
        "{{ page.title }}", "{{ page.summary }}", "{{ site.title }}", "{{ site.description }}",
        "{{ for p in site.pages }}{{ p.title }} {{ end }}", "{{ site.pages[1].summary }}", "{{ site.nav | array.size }}",
        "{{ for t in data }}{{ t.key }} {{ end }}", "{{ data[\"vc-share\"].rows[0].text.share }}", "{{ data[\"vc-share\"].title }}",
        "{{ for r in data[\"companies\"].rows }}{{ r.key }} {{ end }}", "{{ page.no_such_field }}", "{{ site.pages[2] }}",
        "{{ figure \"vc-share\" \"2024\" \"share\" }}", "{{ t \"data_title\" }}", "{{ asset \"css/site.css\" }}",
    ];

    private static readonly string[] Words = ["Canada", "talent", "compute", "Ottawa", "billion", "policy", "Mila", "Vector", "Amii"];

    [Fact]
    public void A_cached_build_after_random_edits_equals_a_fresh_build_byte_for_byte()
    {
        var seed = Setting("SITE_CACHE_SEED", 20261126);
        var edits = Setting("SITE_CACHE_EDITS", 30);
        var budget = TimeSpan.FromSeconds(Setting("SITE_CACHE_SECONDS", 25));
        output.WriteLine($"seed {seed} (set SITE_CACHE_SEED to replay, SITE_CACHE_EDITS and SITE_CACHE_SECONDS for a longer run)");

        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused", SiteUrl: "https://example.org", DisplayRoot: site.Path);
        string[] kinds = [".md", ".yml", ".sbn-html", ".css", ".js"];
        var targets = Directory.EnumerateFiles(site.Path, "*", SearchOption.AllDirectories)
            .Where(f => kinds.Any(k => f.EndsWith(k, StringComparison.Ordinal)) && !f.Contains("vendor", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Contains(targets, f => f.EndsWith("site.yml", StringComparison.Ordinal));
        Assert.Contains(targets, f => f.Contains("partials", StringComparison.Ordinal));
        Assert.Contains(targets, f => f.Contains("i18n", StringComparison.Ordinal));

        var random = new Random(seed);
        var cache = new BuildCache();
        SiteBuilder.Generate(options, cache: cache);
        var clock = Stopwatch.StartNew();
        var reused = 0;
        for (var step = 0; step < edits && clock.Elapsed < budget; step++)
        {
            var target = targets[random.Next(targets.Count)];
            var before = File.ReadAllText(target);
            var (after, what) = Edit(before, target, random);
            File.WriteAllText(target, after);
            var where = $"seed {seed}, edit {step}: {Path.GetRelativePath(site.Path, target)}: {what}";

            var cached = SiteBuilder.Generate(options, cache: cache);
            var fresh = SiteBuilder.Generate(options);
            output.WriteLine($"{where} → {cached.Diagnostics.Count} diagnostics, {cached.RenderedPages}/{cached.Pages} pages rendered again");
            Assert.True(fresh.Diagnostics.SequenceEqual(cached.Diagnostics),
                $"{where}: diagnostics differ\ncached:\n{string.Join("\n", cached.Diagnostics)}\nfresh:\n{string.Join("\n", fresh.Diagnostics)}");
            AssertSameFiles(fresh, cached, where);
            reused += cached.Pages - cached.RenderedPages;

            // Keep the site mostly buildable, so later edits test renders rather than one error; undo
            // some good edits too (the next build then sees the undo and the next edit together).
            if (fresh.Diagnostics.Count > 0 ? random.Next(4) != 0 : random.Next(5) == 0) File.WriteAllText(target, before);
        }
        // The cache must have been used, or the comparison proves nothing.
        Assert.True(reused > 0, "no page was ever taken from the cache");
    }

    private static void AssertSameFiles(BuildResult fresh, BuildResult cached, string where)
    {
        static Dictionary<string, byte[]> Bytes(BuildResult result) => result.Files.ToDictionary(
            f => f.RelativePath, f => f.Content ?? File.ReadAllBytes(f.CopyFrom!), StringComparer.Ordinal);
        var expected = Bytes(fresh);
        var actual = Bytes(cached);
        Assert.True(expected.Keys.Order(StringComparer.Ordinal).SequenceEqual(actual.Keys.Order(StringComparer.Ordinal)), $"{where}: not the same files");
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{where}: {path} differs from a fresh build's");
    }

    private static (string Text, string What) Edit(string text, string path, Random random)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0 when WordPattern().Matches(text) is { Count: > 0 } words:
            {
                var word = words[random.Next(words.Count)];
                var replacement = Words[random.Next(Words.Length)];
                return (text[..word.Index] + replacement + text[(word.Index + word.Length)..], $"word '{word.Value}' at {word.Index} → '{replacement}'");
            }
            case 1 when DigitPattern().Matches(text) is { Count: > 0 } digits:
            {
                var digit = digits[random.Next(digits.Count)];
                var replacement = (char)('0' + (digit.Value[0] - '0' + 1 + random.Next(8)) % 10);
                return (text[..digit.Index] + replacement + text[(digit.Index + 1)..], $"digit at {digit.Index} → {replacement}");
            }
            case 2 when lines.Count > 2:
            {
                var line = random.Next(lines.Count);
                var removed = lines[line];
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"line {line + 1} deleted ('{removed}')");
            }
            case 3 when path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".sbn-html", StringComparison.Ordinal):
            {
                var piece = TemplatePieces[random.Next(TemplatePieces.Length)];
                var line = FirstBodyLine(lines) + random.Next(Math.Max(1, lines.Count - FirstBodyLine(lines)));
                lines.Insert(Math.Min(line, lines.Count), piece);
                return (string.Join('\n', lines), $"'{piece}' inserted at line {line + 1}");
            }
            default:
            {
                var note = Words[random.Next(Words.Length)] + " " + random.Next(1000);
                var added = Path.GetExtension(path) switch
                {
                    ".md" => $"\n\nA closing line about {note}.\n",
                    ".yml" => $"\n# {note}\n",
                    ".css" or ".js" => $"\n/* {note} */\n",
                    _ => $"\n<!-- {note} -->\n",
                };
                return (text + added, $"appended '{added.Trim()}'");
            }
        }
    }

    /// <summary>The first line after a page's front matter (templates have none).</summary>
    private static int FirstBodyLine(List<string> lines)
    {
        if (lines.Count == 0 || lines[0].TrimEnd('\r') != "---") return 0;
        var end = lines.FindIndex(1, l => l.TrimEnd('\r') == "---");
        return end < 0 ? 0 : end + 1;
    }

    [GeneratedRegex("[A-Za-z]{4,}")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[0-9]")]
    private static partial Regex DigitPattern();
}
