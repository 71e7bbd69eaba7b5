namespace Site.Sharing;

/// <summary>
/// What a reader needs to cite one page, table or chart: who made it, its title, the site it is part
/// of, the date it was last changed (from the content: a page's <c>updated</c> or <c>date</c>, a
/// table's <c>updated</c>, else its first source's date; never the clock) and its address.
/// </summary>
/// <param name="Key">A stable citation key (BibTeX key, RIS ID, CSL id), from the page's path.</param>
/// <param name="Url">The page's absolute address when the site's origin is known, else its path.</param>
/// <param name="Date">YYYY-MM-DD or YYYY-MM, or null when the content gives none.</param>
public sealed record Citation(string Key, string Author, string Title, string SiteName, string? Date, string Url, string Language, bool IsDataset);
