using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Site.Tests.Sharing;

/// <summary>
/// Strict grammar-level checks of the citation formats: no maintained .NET parser of BibTeX or RIS is
/// available to the tests, so each file is checked against the grammar it must follow (CSL-JSON is
/// parsed by System.Text.Json and its required members checked).
/// </summary>
internal static partial class CitationGrammar
{
    /// <summary>One entry: @type{key, then "  name = {value}," lines, then "}"; every value's braces balance, and TeX's specials are escaped.</summary>
    public static void AssertBibTeX(string text)
    {
        var lines = text.Split('\n');
        Assert.Matches(@"^@(online|dataset)\{[A-Za-z0-9:_-]+,$", lines[0]);
        Assert.Equal("}", lines[^2]);
        Assert.Equal("", lines[^1]);
        foreach (var line in lines[1..^2])
        {
            var field = BibField().Match(line);
            Assert.True(field.Success, $"not a BibTeX field line: {line}");
            var value = field.Groups[2].Value;
            var depth = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '\\') { i++; continue; } // an escaped character or a command's first letter
                if (c == '{') depth++;
                else if (c == '}' && --depth < 0) Assert.Fail($"unbalanced '}}' in {line}");
                else if (field.Groups[1].Value != "url" && c is '%' or '&' or '#' or '$' or '_' or '^' or '~') Assert.Fail($"unescaped '{c}' in {line}");
                else if (c == '%') Assert.Fail($"unescaped '%' in {line}");
            }
            Assert.Equal(0, depth);
        }
    }

    /// <summary>Tagged lines "XY  - value" ending in CRLF, TY first, ER last, no line break inside a value.</summary>
    public static void AssertRis(string text)
    {
        Assert.EndsWith("ER  - \r\n", text);
        var lines = text[..^2].Split("\r\n");
        Assert.StartsWith("TY  - ", lines[0]);
        foreach (var line in lines) Assert.Matches(@"^[A-Z][A-Z0-9]  - [^\r\n]*$", line);
        Assert.Single(lines, l => l.StartsWith("TY  - ", StringComparison.Ordinal));
    }

    /// <summary>An array of items, each with an id, a CSL type, a title and, when dated, integer date-parts.</summary>
    public static void AssertCslJson(string text)
    {
        using var json = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        foreach (var item in json.RootElement.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
            Assert.Contains(item.GetProperty("type").GetString(), new[] { "webpage", "dataset" });
            Assert.False(string.IsNullOrEmpty(item.GetProperty("title").GetString()));
            Assert.StartsWith("http", item.GetProperty("URL").GetString());
            if (item.TryGetProperty("issued", out var issued))
                foreach (var part in issued.GetProperty("date-parts")[0].EnumerateArray()) Assert.Equal(JsonValueKind.Number, part.ValueKind);
        }
    }

    [GeneratedRegex(@"^  ([a-z]+) = \{(.*)\},$")]
    private static partial Regex BibField();
}
