using System.Text;

namespace Site.Localization;

/// <summary>
/// A form from a language file with named places ("{number}\u00A0{symbol}", "{month} {day}, {year}").
/// Each place is replaced by its value; the language file's reader has already checked that a form
/// names only the places its key offers, so nothing here can fail on a translator's text.
/// </summary>
public static class Pattern
{
    public static string Fill(string pattern, params (string Name, string Value)[] values)
    {
        if (pattern.IndexOf('{') < 0) return pattern;
        var text = new StringBuilder(pattern.Length + 16);
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            var close = open < 0 ? -1 : pattern.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(pattern, i, pattern.Length - i);
                break;
            }
            text.Append(pattern, i, open - i);
            var name = pattern.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (placeName, value) in values)
            {
                if (!name.SequenceEqual(placeName)) continue;
                text.Append(value);
                found = true;
                break;
            }
            if (!found) text.Append(pattern, open, close - open + 1);
            i = close + 1;
        }
        return text.ToString();
    }

    /// <summary>The names of a form's places, in order ("{number} {scale}" → number, scale).</summary>
    public static IEnumerable<string> Places(string pattern)
    {
        var i = 0;
        while (true)
        {
            var open = pattern.IndexOf('{', i);
            if (open < 0) yield break;
            var close = pattern.IndexOf('}', open + 1);
            if (close < 0) yield break;
            yield return pattern[(open + 1)..close];
            i = close + 1;
        }
    }
}
