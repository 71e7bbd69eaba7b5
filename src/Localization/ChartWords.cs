namespace Site.Localization;

/// <summary>
/// The words of generated chart markup and summaries, per language, as its language file gives them
/// (theme/languages/&lt;lang&gt;.yml, <c>charts:</c>). The summary sentence forms are listed in
/// docs/content-format.md ("Chart summaries"); change both together.
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
    public static ChartWords For(string language) => LanguageBook.Current.Get(language).Charts;

    /// <summary>Every name is said with its article in a sentence (« l’Arabie saoudite arrive en tête »); English says names as written.</summary>
    public bool NamesNeedTheirSentenceForm { get; init; }

    /// <summary>After an axis title that ends in parentheses, how its unit is added: ", in {unit}".</summary>
    public string AxisUnit { get; init; } = ", in {unit}";

    public OrdinalRules Ordinals { get; init; } = new(new Dictionary<string, string>(), new Dictionary<string, string>(), "{n}");

    public string Ordinal(int n) => Ordinals.Write(n);
}

/// <summary>
/// How a language writes a rank: a form for some exact numbers ("1er"), else for the longest matching
/// ending of its digits ("11th", "21st"), else the other form ("5e"). Each form places the number at {n}.
/// </summary>
public sealed record OrdinalRules(IReadOnlyDictionary<string, string> Exact, IReadOnlyDictionary<string, string> Ending, string Other)
{
    public string Write(int n)
    {
        var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = Exact.TryGetValue(digits, out var exact) ? exact
            : Ending.Where(e => digits.EndsWith(e.Key, StringComparison.Ordinal)).OrderByDescending(e => e.Key.Length).Select(e => e.Value).FirstOrDefault() ?? Other;
        return Pattern.Fill(form, ("n", digits));
    }
}

/// <summary>
/// One language's summary sentences. Placeholders as in string.Format; {name} places take a category
/// as a sentence says it, {of} places the same after "of" (French « du Canada », « de l’Arabie saoudite »).
/// <see cref="ChartWords.Named"/> names categories in full sentences; a language whose names need their
/// article falls back to <see cref="ChartWords.Listed"/> (names after a colon, no article needed) when a
/// name lacks its in-sentence form.
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
    /// <summary>How many {n} places each sentence may use, in the order of the record's members (the language file's reader checks them).</summary>
    public static readonly IReadOnlyList<(string Key, int Places)> Keys =
    [
        ("highest", 2), ("highest_overlaps", 4), ("highest_tied", 3), ("ranks", 4), ("rank_unclear", 2), ("lowest", 2),
        ("pair_higher", 4), ("pair_overlap", 4), ("pair_level", 3), ("only_one", 2), ("fell", 4), ("rose", 4), ("changed", 4), ("no_value", 1),
    ];

    public static ChartSentences Of(IReadOnlyList<string> forms) =>
        new(forms[0], forms[1], forms[2], forms[3], forms[4], forms[5], forms[6], forms[7], forms[8], forms[9], forms[10], forms[11], forms[12], forms[13]);
}
