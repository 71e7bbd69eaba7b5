namespace Site.Yaml;

/// <summary>Did-you-mean suggestions for misspelt names (keys, tables, columns, layouts, anchors).</summary>
public static class Suggest
{
    /// <summary>Longer words get no suggestion: nobody misspells a 200-character name, and comparing it costs.</summary>
    public const int LongestWord = 100;

    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        if (word.Length > LongestWord) return null;
        // Only suggest what is plausibly a typo: at most a third of the word changed.
        var limit = Math.Max(1, word.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        var lowerWord = word.ToLowerInvariant();
        var rows = (new int[LongestWord + limit + 2], new int[LongestWord + limit + 2]);
        foreach (var candidate in candidates)
        {
            // Lengths further apart than the limit cannot be within it: skip without comparing.
            if (Math.Abs(candidate.Length - word.Length) > limit) continue;
            var distance = Distance(lowerWord, candidate.ToLowerInvariant(), Math.Min(limit, bestDistance), rows);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best is not null && bestDistance <= limit ? best : null;
    }

    /// <summary>Edit distance of two lower-cased words; any value above <paramref name="bound"/> is returned as bound + 1.</summary>
    private static int Distance(string a, string b, int bound, (int[] Previous, int[] Current) rows)
    {
        var (previous, current) = rows;
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            // Distances never fall from one row to the next: once every cell is past the bound, stop.
            if (rowMinimum > bound) return bound + 1;
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], bound + 1);
    }
}
