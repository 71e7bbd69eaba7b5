namespace Site.Data;

/// <summary>The id of a table row on a page ("table-companies-row-cohere"), so search results and links can point at it.</summary>
public static class RowAnchor
{
    public static string Id(string tableElementId, string rowKey) => $"{tableElementId}-row-{Slug(rowKey)}";

    /// <summary>
    /// Lowercase letters (accents kept, as in heading ids: "Québec" → "québec") and digits, everything
    /// else one dash: "U.K." → "u-k", "DeepMind (Alphabet)" → "deepmind-alphabet". Composed (NFC) so
    /// that one word has one id however its accents were typed.
    /// </summary>
    public static string Slug(string text)
    {
        var slug = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
