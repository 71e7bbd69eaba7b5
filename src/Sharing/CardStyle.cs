using System.Security.Cryptography;
using Site.Yaml;
using Site.Diagnostics;

namespace Site.Sharing;

/// <summary>
/// The card's fonts and colours, from the theme: <c>theme/card/card.yml</c> names the colours (the
/// light palette of theme/assets/css/site.css) and the two font files beside it
/// (Source Serif 4 as OpenType, the same face as the site's WOFF2, which Skia cannot read).
/// Only files in the theme are used, never the machine's fonts, so every machine draws the same card.
/// </summary>
public sealed record CardStyle(string TitleFont, string TextFont, string Background, string Text, string Muted, string Accent, string Bar, string BarHighlight, string Rule)
{
    public const string Folder = "card";

    /// <summary>A hash of the font files' bytes and the colours: part of every card's key.</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>Reads theme/card/card.yml (the site's theme first, then the default theme); null with a SITE008 error when it is missing or incomplete.</summary>
    public static CardStyle? Load(IEnumerable<string> themeRoots, string displayRoot, DiagnosticBag diagnostics)
    {
        var folder = themeRoots.Select(root => Path.Combine(root, Folder)).FirstOrDefault(f => File.Exists(Path.Combine(f, "card.yml")));
        if (folder is null) return null; // a theme without cards: pages keep the theme's static share image
        var path = Path.Combine(folder, "card.yml");
        var display = Loading.Paths.Display(path, displayRoot);
        var file = Loading.SourceLoader.Read(path, "card/card.yml", displayRoot, diagnostics);
        if (file is null) return null;
        var root = YamlReader.Parse(new YamlReader.Fragment(file, file.Text), Codes.SITE008, diagnostics, out var failed);
        if (failed || root is not YMap map)
        {
            if (!failed) diagnostics.Report(file.At(1, 1), Codes.SITE008, "card.yml must be a mapping of fonts and colours");
            return null;
        }
        string? Get(string key, bool font)
        {
            var node = map.Get(key);
            if (node is YScalar { Value: var value } && (font ? File.Exists(Path.Combine(folder, value)) : IsColour(value))) return font ? Path.Combine(folder, value) : value;
            diagnostics.Report(node?.Location ?? map.Location, Codes.SITE008, node is null
                ? $"card.yml lacks '{key}'"
                : font ? $"'{key}' must name a font file in {Path.GetDirectoryName(display)}/" : $"'{key}' must be a colour written #rrggbb");
            return null;
        }
        var values = new[] { Get("title_font", true), Get("text_font", true), Get("background", false), Get("text", false), Get("muted", false),
            Get("accent", false), Get("bar", false), Get("bar_highlight", false), Get("rule", false) };
        if (values.Any(v => v is null)) return null;
        var style = new CardStyle(values[0]!, values[1]!, values[2]!, values[3]!, values[4]!, values[5]!, values[6]!, values[7]!, values[8]!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(style.TitleFont));
        hash.AppendData(File.ReadAllBytes(style.TextFont));
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Join(',', values.Skip(2))));
        return style with { Fingerprint = Convert.ToHexStringLower(hash.GetHashAndReset()) };
    }

    private static bool IsColour(string value) => value.Length == 7 && value[0] == '#' && value[1..].All(char.IsAsciiHexDigit);
}
