namespace Site.Localization;

/// <summary>
/// The words of generated chart markup and summaries, per language. The summary sentence forms are
/// listed in docs/content-format.md ("Chart summaries"); change both together.
/// </summary>
public sealed record ChartWords(
    string ChartTab,
    string TableTab,
    string DownloadTab,
    string Views,
    ChartSentences Named,
    ChartSentences Listed,
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
    public static readonly ChartWords English = new(
        "Chart", "Table", "Download", "Views of this chart",
        ChartSentences.English,
        ChartSentences.English,
        "CSV (spreadsheet)", "JSON (typed values)", "The data of this chart, as published:",
        "The interactive chart needs JavaScript; the table and the summary below give the same data.",
        "How to read the marks",
        "at least: the true value is this or above (the source gives a floor)",
        "more than: the true value lies above this (the source gives no more)",
        "under: the true value lies below this (the source gives a ceiling)",
        "a range, from its low to its high end");

    public static readonly ChartWords French = new(
        "Graphique", "Tableau", "Télécharger", "Vues de ce graphique",
        ChartSentences.FrenchNamed,
        ChartSentences.FrenchListed,
        "CSV (tableur)", "JSON (valeurs typées)", "Les données de ce graphique, telles que publiées\u00A0:",
        "Le graphique interactif nécessite JavaScript\u202F; le tableau et le résumé ci-dessous donnent les mêmes données.",
        "Comment lire les marques",
        "au moins\u00A0: la valeur réelle est celle-ci ou plus (la source donne un plancher)",
        "plus de\u00A0: la valeur réelle se situe au-dessus (la source n’en dit pas plus)",
        "moins de\u00A0: la valeur réelle se situe en dessous (la source donne un plafond)",
        "une fourchette, de sa borne basse à sa borne haute");

    public static ChartWords For(string language) => language == "fr" ? French : English;

    /// <summary>French needs every name said with its article (« l’Arabie saoudite arrive en tête »); English says names as written.</summary>
    public bool NamesNeedTheirSentenceForm => this == French;

    public string Ordinal(int n, string language) =>
        language == "fr" ? (n == 1 ? "1er" : $"{n}e") : n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}

/// <summary>
/// One language's summary sentences. Placeholders as in string.Format; {name} places take a category
/// as a sentence says it, {of} places the same after "of" (French « du Canada », « de l’Arabie saoudite »).
/// <see cref="ChartWords.Named"/> names categories in full sentences; French falls back to
/// <see cref="ChartWords.Listed"/> (names after a colon, no article needed) when a name lacks its in-sentence form.
/// </summary>
public sealed record ChartSentences(
    string Highest,          // {0} name, {1} value
    string HighestOverlaps,  // {0} name, {1} value, {2} of-name, {3} value
    string HighestTied,      // {0} name, {1} name, {2} value
    string Ranks,            // {0} name, {1} ordinal, {2} count, {3} value
    string RankUnclear,      // {0} of-name, {1} value
    string Lowest,           // {0} name, {1} value
    string PairHigher,       // {0} name, {1} name, {2} value, {3} value
    string PairOverlap,      // {0} of-name, {1} value, {2} of-name, {3} value
    string PairLevel,        // {0} name, {1} name, {2} value
    string OnlyOne,          // {0} name, {1} value
    string Fell,             // {0} value, {1} category, {2} value, {3} category
    string Rose,
    string Changed,
    string NoValue)          // {0} list of categories
{
    public static readonly ChartSentences English = new(
        "{0} is highest ({1}).",
        "{0} has the highest figure ({1}), but it overlaps the figure for {2} ({3}).",
        "{0} and {1} are highest ({2}).",
        "{0} ranks {1} of {2} ({3}).",
        "The figure for {0} ({1}) overlaps others, so its rank is uncertain.",
        "{0} is lowest ({1}).",
        "{0} is higher than {1} ({2} against {3}).",
        "The figures for {0} ({1}) and {2} ({3}) overlap.",
        "{0} and {1} are level ({2}).",
        "Only {0} has a value ({1}).",
        "down from {0} in {1} to {2} in {3}.",
        "up from {0} in {1} to {2} in {3}.",
        "{0} in {1}, {2} in {3}.",
        "No value for {0}.");

    public static readonly ChartSentences FrenchNamed = new(
        "{0} arrive en tête ({1}).",
        "{0} affiche le chiffre le plus élevé ({1}), qui chevauche toutefois celui {2} ({3}).",
        "{0} et {1} arrivent en tête, à égalité ({2}).",
        "{0} se classe {1} sur {2} ({3}).",
        "Le chiffre {0} ({1}) chevauche d’autres chiffres\u202F; son rang est incertain.",
        "{0} ferme la marche ({1}).",
        "{0} dépasse {1} ({2} contre {3}).",
        "Les chiffres {0} ({1}) et {2} ({3}) se chevauchent.",
        "{0} et {1} sont à égalité ({2}).",
        "Une seule valeur\u00A0: {0} ({1}).",
        "en baisse\u00A0: de {0} en {1} à {2} en {3}.",
        "en hausse\u00A0: de {0} en {1} à {2} en {3}.",
        "{0} en {1}, {2} en {3}.",
        "Aucune valeur pour {0}.");

    /// <summary>The same statements with the names after a colon, where French needs no article.</summary>
    public static readonly ChartSentences FrenchListed = FrenchNamed with
    {
        Highest = "En tête\u00A0: {0} ({1}).",
        HighestOverlaps = "Chiffres les plus élevés, qui se chevauchent\u00A0: {0} ({1}) et {2} ({3}).",
        HighestTied = "En tête, à égalité\u00A0: {0} et {1} ({2}).",
        Ranks = "{0}\u00A0: {1} sur {2} ({3}).",
        RankUnclear = "{0}\u00A0: {1}, un chiffre qui en chevauche d’autres.",
        Lowest = "Dernier rang\u00A0: {0} ({1}).",
        PairHigher = "{0}\u00A0: {2}\u202F; {1}\u00A0: {3}.",
        PairOverlap = "Chiffres qui se chevauchent\u00A0: {0} ({1}) et {2} ({3}).",
        PairLevel = "{0} et {1}\u00A0: {2} chacun.",
    };
}
