namespace Site.Localization;

/// <summary>The words of generated chart markup and summaries, per language.</summary>
public sealed record ChartWords(
    string ChartTab,
    string TableTab,
    string DownloadTab,
    string Views,
    string Largest,
    string Smallest,
    string Ranks,
    string TimesLarger,
    string WentFrom,
    string NoValue,
    string DownloadCsv,
    string DownloadJson,
    string DownloadIntro,
    string NoScript,
    string KeyLabel,
    string KeyAtLeast,
    string KeyMoreThan,
    string KeyUnder,
    string KeyRange)
{
    /// <summary>Placeholders: {0}, {1}… as in string.Format; every sentence ends with a period.</summary>
    public static readonly ChartWords English = new(
        "Chart", "Table", "Download", "Views of this chart",
        "{0} is the largest ({1})",
        "{0} the smallest ({1})",
        "{0} ranks {1} of {2} ({3})",
        "By our calculation, the largest is about {0} times {1}’s.",
        "From {0} to {1}, {2} went from {3} to {4}.",
        "No value for {0}.",
        "CSV (spreadsheet)", "JSON (typed values)", "The data of this chart, as published:",
        "The interactive chart needs JavaScript; the table and the summary below give the same data.",
        "How to read the marks",
        "at least this value (the source gives a floor)",
        "more than this value (the source says it lies above)",
        "under this value (the source gives a ceiling)",
        "a range, from its low to its high end");

    public static readonly ChartWords French = new(
        "Graphique", "Tableau", "Télécharger", "Vues de ce graphique",
        "Valeur la plus élevée\u00A0: {0} ({1})",
        "la plus basse\u00A0: {0} ({1})",
        "{0}\u00A0: {1} rang sur {2} ({3})",
        // {1} (the highlighted category) is named in the sentence before, with its value.
        "Selon notre calcul, la valeur la plus élevée est environ {0} fois plus grande que celle-ci.",
        "De {0} à {1}, la valeur ({2}) passe de {3} à {4}.",
        "Aucune valeur pour {0}.",
        "CSV (tableur)", "JSON (valeurs typées)", "Les données de ce graphique, telles que publiées\u00A0:",
        "Le graphique interactif nécessite JavaScript\u202F; le tableau et le résumé ci-dessous donnent les mêmes données.",
        "Comment lire les marques",
        "au moins cette valeur (la source donne un plancher)",
        "plus que cette valeur (la source la situe au-dessus)",
        "moins que cette valeur (la source donne un plafond)",
        "une fourchette, de sa borne basse à sa borne haute");

    public static ChartWords For(string language) => language == "fr" ? French : English;

    public string Ordinal(int n, string language) =>
        language == "fr" ? (n == 1 ? "1er" : $"{n}e") : n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
