namespace Site.Data;

/// <summary>The id of a table row on a page ("table-companies-row-cohere"), so search results and links can point at it.</summary>
public static class RowAnchor
{
    public static string Id(string tableElementId, string rowKey) => $"{tableElementId}-row-{Slug(rowKey)}";

    /// <summary>Lowercase letters and digits, everything else one dash: "U.K." → "u-k", "DeepMind (Alphabet)" → "deepmind-alphabet".</summary>
    public static string Slug(string text)
    {
        var slug = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
