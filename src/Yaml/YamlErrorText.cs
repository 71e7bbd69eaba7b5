using Site.Diagnostics;

namespace Site.Yaml;

/// <summary>
/// Turns YamlDotNet's parser messages ("while parsing a flow mapping, did not find expected ',' or
/// '}'") into plain words an editor can act on, located at the character that is wrong (the tab,
/// the unclosed '{', the stray ':'), not at the start of the document.
/// </summary>
public static class YamlErrorText
{
    public readonly record struct Explained(int Line, int Column, string Message);

    /// <summary>
    /// <paramref name="line"/> and <paramref name="column"/> are YamlDotNet's (1-based, in the fragment);
    /// the result is in the same coordinates.
    /// </summary>
    /// <paramref name="lastOpened"/> is where the last '{' or '[' was read, if any: an unclosed one is
    /// found only at the next entry, so that is where the mistake is.
    public static Explained Explain(string text, string message, int line, int column, (int Line, int Column)? lastOpened = null)
    {
        if (lastOpened is { } opened && message.Contains("did not find expected ','", StringComparison.Ordinal)
            && (opened.Line < line || (opened.Line == line && opened.Column < column)))
            (line, column) = opened;
        var lines = text.Split('\n');
        if (message.Contains("tab", StringComparison.Ordinal) && FindIndentingTab(lines, line) is { } tab)
            return new(tab.Line, tab.Column, "a tab indents this line; YAML indents with spaces only");
        if (message.Contains("did not find expected ',' or '}'", StringComparison.Ordinal))
            return new(line, column, "this '{' is not closed: end the entry with '}' (or separate its entries with ',')");
        if (message.Contains("did not find expected ',' or ']'", StringComparison.Ordinal))
            return new(line, column, "this '[' is not closed: end the list with ']' (or separate its items with ',')");
        if ((message.Contains("escape", StringComparison.Ordinal) || message.Contains("surrogate", StringComparison.Ordinal) || message.Contains("hex", StringComparison.Ordinal)) && BadEscape(lines, line, column) is { } bad)
            return bad;
        if (message.Contains("quoted scalar", StringComparison.Ordinal))
        {
            var quote = CharAt(lines, line, column);
            return new(line, column, quote is '"' or '\''
                ? $"this quoted text is not closed: add the closing {quote} on the same line"
                : "a quoted text is not closed: add the closing quote on the same line");
        }
        if (message.Contains("found invalid mapping", StringComparison.Ordinal) || message.Contains("mapping values are not allowed", StringComparison.Ordinal))
            return new(line, column, "a ':' here would start a key inside a value: put a value that holds ': ' in quotes, or indent this key like the keys above it");
        if (message.Contains("cannot start any token", StringComparison.Ordinal))
        {
            var character = CharAt(lines, line, column);
            return new(line, column, character is { } c && !char.IsWhiteSpace(c)
                ? $"a value cannot start with '{c}': put the value in quotes"
                : "this character cannot start a value: put the value in quotes");
        }
        if (message.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
            return new(line, column, "this line is not indented like the list items above it: line its '-' up with theirs");
        if (message.Contains("did not find expected key", StringComparison.Ordinal))
            return new(line, column, "this line is not indented like the keys above it (or a list item stands where a key belongs): indent it like its neighbours");
        if (message.Contains("did not find expected node content", StringComparison.Ordinal))
            return new(line, column, "a value is missing here");
        return new(line, column, "invalid YAML: " + message);
    }

    /// <summary>The first tab in the indentation of a line at or after <paramref name="fromLine"/> (tabs inside values are fine).</summary>
    private static (int Line, int Column)? FindIndentingTab(string[] lines, int fromLine)
    {
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var text = lines[i];
            for (var j = 0; j < text.Length && (text[j] is ' ' or '\t' or '-'); j++)
                if (text[j] == '\t') return (i + 1, j + 1);
        }
        // Not in any indentation: the first tab after the reported line.
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
            if (lines[i].IndexOf('\t') is var j and >= 0) return (i + 1, j + 1);
        return null;
    }

    /// <summary>The column (1-based) of the last '{' or '[' on the line that is not closed on it, skipping quoted text.</summary>
    public static int? UnclosedBracket(string line)
    {
        var open = new Stack<int>();
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null) { if (c == quote) quote = null; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c is '{' or '[') open.Push(i + 1);
            else if (c is '}' or ']' && open.Count > 0) open.Pop();
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    /// <summary>
    /// The first escape of the double-quoted text starting at <paramref name="line"/>:<paramref name="column"/>
    /// (YamlDotNet points at its quote) that YAML refuses: an unknown letter, too few hexadecimal digits,
    /// or half of a surrogate pair ("\uD800" alone; "\uD83D\uDE00" is one whole character).
    /// </summary>
    private static Explained? BadEscape(string[] lines, int line, int column)
    {
        if (CharAt(lines, line, column) != '"') return null;
        var text = string.Join('\n', lines);
        var start = 0;
        for (var i = 0; i < line - 1; i++) start += lines[i].Length + 1;
        start += column; // just after the quote
        for (var i = start; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length) continue;
            var letter = text[i + 1];
            var digits = letter switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (digits == 0)
            {
                if (!"0abt\tnvfre \"/\\N_LP\n".Contains(letter)) return At(i, $"'\\{letter}' is not an escape YAML knows: write '\\\\' for a backslash, or put the text in single quotes");
                i++;
                continue;
            }
            var hex = text.AsSpan(i + 2, Math.Min(digits, text.Length - i - 2));
            var written = text.Substring(i, 2 + hex.Length);
            if (hex.Length < digits || !int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value))
                return At(i, $"'{written}' is not an escape YAML knows: '\\{letter}' takes {digits} hexadecimal digits");
            if (value > 0x10FFFF) return At(i, $"'{written}' names no character (the last is U+10FFFF)");
            if (value is >= 0xD800 and <= 0xDFFF)
            {
                var pairEnd = i + 2 + digits;
                var lowFollows = value <= 0xDBFF && pairEnd + 6 <= text.Length && text[pairEnd] == '\\' && text[pairEnd + 1] == 'u'
                    && int.TryParse(text.AsSpan(pairEnd + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var low)
                    && low is >= 0xDC00 and <= 0xDFFF;
                if (!lowFollows)
                    return At(i, $"'{written}' writes {ForbiddenCharacters.Describe((char)value)}{ForbiddenCharacters.Consequence}");
                i = pairEnd + 5;
                continue;
            }
            i += 1 + digits;
        }
        return null;

        Explained At(int index, string message)
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
            return new(text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1, message);
        }
    }

    private static char? CharAt(string[] lines, int line, int column) =>
        line >= 1 && line <= lines.Length && column >= 1 && column <= lines[line - 1].Length ? lines[line - 1][column - 1] : null;
}
