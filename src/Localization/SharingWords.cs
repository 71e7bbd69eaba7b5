namespace Site.Localization;

/// <summary>
/// Words the sharing features write themselves (provenance lines on data pages, card alt text), per
/// language. Theme wording (the "Cite" heading, the download labels) is in theme/i18n/.
/// </summary>
public sealed record SharingWords(string Language, string OpenQuote, string CloseQuote, string Updated, string Checksum, string FileWord, string CardAlt, string Colon, string Metadata, string CiteTable)
{
    public static readonly SharingWords English = new("en", "\u201C", "\u201D", "Table last updated", "SHA-256 of its source file", "file", "Social card: {0}", ": ", "CSV metadata (CSVW)", "Cite the table");

    // French quotes with guillemets and a narrow no-break space inside; a no-break space before the colon.
    public static readonly SharingWords French = new("fr", "\u00AB\u202F", "\u202F\u00BB", "Dernière mise à jour du tableau", "Empreinte SHA-256 de son fichier source", "fichier", "Carte de partage\u00A0: {0}", "\u00A0: ", "Métadonnées du CSV (CSVW)", "Citer le tableau");

    public static SharingWords For(string language) => language == "fr" ? French : English;

    public string Quote(string text) => OpenQuote + text + CloseQuote;
}
