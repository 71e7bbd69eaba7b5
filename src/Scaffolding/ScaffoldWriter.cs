using System.Text;
using Site.Formats;

namespace Site.Scaffolding;

/// <summary>
/// Writes YAML lines with the field's description as a comment, so a scaffolded file explains
/// itself. Every explanation comes from src/Formats/, the same description the schemas are made of.
/// </summary>
internal sealed class ScaffoldWriter
{
    private readonly StringBuilder _text = new();

    public ScaffoldWriter Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary><c>key: value</c> (commented out when <paramref name="active"/> is false) and its explanation.</summary>
    public ScaffoldWriter Field(Format format, string key, string? value = null, string indent = "", bool active = true)
    {
        var field = format[key];
        var written = value ?? field.Example ?? "";
        var required = field.Required ? "Required. " : "";
        _text.Append(indent).Append(active ? "" : "# ").Append(key).Append(':');
        if (written.Length > 0) _text.Append(' ').Append(written);
        _text.Append("  # ").Append(required).Append(field.Description).Append('\n');
        return this;
    }

    /// <summary>A comment line before a nested block (a column, a source).</summary>
    public ScaffoldWriter Comment(string text, string indent = "")
    {
        _text.Append(indent).Append("# ").Append(text).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>
    /// "energy-mix" → "Energy mix", "provincial-ai-jobs" → "Provincial AI jobs": a first title as a person
    /// would write it, sentence case, with two-letter words that are not English words taken for the
    /// acronyms they nearly always are in a file name (AI, EU, UK, VC).
    /// </summary>
    public static string TitleFrom(string name)
    {
        var words = name.Split('/')[^1].Replace('-', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Length == 2 && word.All(char.IsAsciiLetter) && !TwoLetterWords.Contains(word.ToLowerInvariant()) ? word.ToUpperInvariant() : word)
            .ToList();
        if (words.Count == 0) return "New page";
        var title = string.Join(' ', words);
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    // English words of two letters that stay words in a title.
    private static readonly HashSet<string> TwoLetterWords = new(StringComparer.Ordinal)
    {
        "a", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "oh", "on", "or", "so", "to", "up", "vs", "we",
    };

    /// <summary>Quotes a YAML scalar when it would not read back as the same text.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
