namespace Site.Localization;

/// <summary>
/// Words the generator itself writes into pages (table source lines, dates). Theme wording lives in
/// theme/i18n/; these belong to the markup the generator owns.
/// </summary>
public sealed record GeneratedText(string Source, string Sources, string Note, string Download, string FullTable, string[] Months)
{
    public static readonly GeneratedText English = new("Source", "Sources", "Note", "Download the data", "The full table",
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

    public static readonly GeneratedText French = new("Source", "Sources", "Note", "Télécharger les données", "Le tableau complet",
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]);

    public static GeneratedText For(string language) => language == "fr" ? French : English;

    /// <summary>The language these words are written in (for text the generator looks up per language).</summary>
    public string Language => this == French ? "fr" : "en";

    /// <summary>A colon between a label and what it introduces: French puts a no-break space before it (OQLF).</summary>
    public string Colon => this == French ? "\u00A0: " : ": ";

    /// <summary>"2026-06" → "June 2026"; "2026-06-15" → "June 15, 2026" (fr: "15 juin 2026").</summary>
    public string Date(string isoDate)
    {
        var parts = isoDate.Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return isoDate;
        var name = Months[month - 1];
        if (parts.Length == 2) return $"{name} {parts[0]}";
        if (!int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31) return isoDate;
        // French writes the first of the month as an ordinal: "1er juin 2026".
        return this == French ? $"{(day == 1 ? "1er" : day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {name} {parts[0]}" : $"{name} {day}, {parts[0]}";
    }
}
