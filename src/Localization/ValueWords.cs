namespace Site.Localization;

/// <summary>
/// The words numbers are dressed in, per language, as its language file gives them
/// (theme/languages/&lt;lang&gt;.yml: <c>values:</c>, <c>scales:</c>, <c>quantities:</c>, <c>money:</c>,
/// <c>elision:</c>): how "approximately", "at least", "more than" and "under" read in a table cell,
/// in prose and to a screen reader, currencies and scale words. The rules behind the French forms
/// (OQLF usage) are written down in docs/content-format.md, "Values in French".
/// </summary>
public sealed record ValueWords
{
    public required string About { get; init; }
    public required string AtLeast { get; init; }
    public required string MoreThan { get; init; }
    public required string Under { get; init; }
    public required string OrMore { get; init; }
    public required string NotApplicable { get; init; }
    public required string ApproximatelyForScreenReaders { get; init; }
    public required string OrMoreForScreenReaders { get; init; }
    public required string MoreThanForScreenReaders { get; init; }
    public required string LessThanForScreenReaders { get; init; }

    /// <summary>Cells spell the qualifier in words ("environ 150") instead of signs read aloud as words ("~150").</summary>
    public required bool CellsSpellQualifiers { get; init; }
    public required string CellAbout { get; init; }
    public required string CellOrMore { get; init; }
    public required string CellMoreThan { get; init; }
    public required string CellUnder { get; init; }

    /// <summary>"about" comes before a bound ("about under 2%", "~> 500,000"), else after it (« moins d’environ 2 % »).</summary>
    public required bool AboutFirst { get; init; }

    /// <summary>Between a range's ends in running text ("3–5"; French « 3 à 5 »); tables and charts keep the dash.</summary>
    public required string RangeInProse { get; init; }

    /// <summary>Scale words take the plural above one (Spanish « 1,5 millones ») rather than from two (French « 1,8 milliard »).</summary>
    public required bool PluralAboveOne { get; init; }

    /// <summary>Thousand, million, billion: indexed by scale − 1.</summary>
    public required IReadOnlyList<ScaleWord> Scales { get; init; }
    public required QuantityForms Quantities { get; init; }
    public required MoneyForms MoneyForms { get; init; }
    public required IReadOnlyDictionary<string, CurrencyWords> Currencies { get; init; }

    /// <summary>What follows an amount whose source names no currency: "$40 billion (currency not stated)".</summary>
    public required string CurrencyNotStated { get; init; }

    /// <summary>The name of a download's field that holds a per-row currency column's currencies: "Amount (currency)".</summary>
    public required string CurrencyField { get; init; }

    /// <summary>A currency the file does not list: its places say <c>{code}</c> for the ISO code.</summary>
    public required CurrencyWords OtherCurrency { get; init; }

    /// <summary>Words that elide before a vowel ("de" → "d’"), and the letters that count as vowels.</summary>
    public required IReadOnlyList<string> ElidedWords { get; init; }
    public required string Vowels { get; init; }

    public static ValueWords For(string language) => LanguageBook.Current.Get(language).Values;

    /// <summary>Between a number and its unit or scale word, so a line never breaks between them.</summary>
    public const string NumberUnitSpace = "\u00A0";

    /// <summary>Whether an amount takes the plural of a scale word ("2,5 milliards", "1,8 milliard").</summary>
    public bool Plural(decimal amount) => PluralAboveOne ? Math.Abs(amount) > 1 : Math.Abs(amount) >= 2;

    /// <param name="code">An ISO code; null for a money column whose missing currency was already reported (the build fails).</param>
    public CurrencyWords Currency(string? code) =>
        code is not null && Currencies.TryGetValue(code, out var known) ? known
        : new CurrencyWords(Pattern.Fill(OtherCurrency.Symbol, ("code", code ?? "")), Pattern.Fill(OtherCurrency.Name, ("code", code ?? "")), null);

    private string ScaleWord(int scale, bool plural) => plural ? Scales[scale - 1].Many : Scales[scale - 1].One;

    /// <summary>
    /// An amount of money. English: "US$1.8 billion", "C$0.15–0.30". French: "1,8 milliard de dollars
    /// US", "0,15–0,30 $ CA". <paramref name="scale"/> is 0 (none), 1 thousand, 2 million, 3 billion.
    /// Compact (key-figure cards): the currency's short sign after the scale word where the language
    /// has one ("2,5 milliards $"); the card's label names the currency in full.
    /// </summary>
    public string Money(string numbers, string currency, int scale, bool plural, bool compact = false)
    {
        var words = Currency(currency);
        if (scale == 0) return Pattern.Fill(MoneyForms.Plain, ("number", numbers), ("symbol", words.Symbol));
        var scaleWord = ScaleWord(scale, plural);
        if (compact && MoneyForms.Compact.Length > 0 && words.Compact is { } sign)
            return Pattern.Fill(MoneyForms.Compact, ("number", numbers), ("scale", scaleWord), ("compact", sign));
        return Elide(Pattern.Fill(MoneyForms.Scaled, ("number", numbers), ("symbol", words.Symbol), ("scale", scaleWord),
            ("joiner", Scales[scale - 1].Joiner), ("name", words.Name)));
    }

    /// <summary>
    /// Money in a table cell of a column whose currency changes by row, so the header cannot say it
    /// (the language file's <c>money.cell</c>): English as in prose ("£900 million", "C$2.5 billion"),
    /// French with the symbol after the scale word, as tables write money ("900 millions £", "2,5 milliards $ CA").
    /// </summary>
    public string CellMoney(string numbers, string currency, int scale, bool plural)
    {
        if (scale == 0) return Money(numbers, currency, scale, plural);
        return Elide(Pattern.Fill(MoneyForms.Cell, ("number", numbers), ("symbol", Currency(currency).Symbol), ("scale", ScaleWord(scale, plural))));
    }

    /// <summary>
    /// Money in a chart label, short: "US$1.8B", "US$970M", "C$0.15–0.30"; French as the Canadian press
    /// writes it (OQLF): "1,8 G$ US", "970 M$ US", "0,15–0,30 $ CA", "5,5 G€".
    /// </summary>
    public string ShortMoney(string numbers, string currency, int scale) =>
        Pattern.Fill(MoneyForms.Short, ("number", numbers), ("symbol", Currency(currency).Symbol), ("short", scale == 0 ? "" : Scales[scale - 1].Short));

    /// <summary>A number with its scale and unit: "70 billion parameters" / "70 milliards de paramètres", "150 PFLOP/s".</summary>
    public string Quantity(string numbers, int scale, string? unit, bool plural)
    {
        if (scale == 0) return unit is { Length: > 0 } ? numbers + NumberUnitSpace + unit : numbers;
        var scaleWord = ScaleWord(scale, plural);
        if (unit is not { Length: > 0 }) return Pattern.Fill(Quantities.Scaled, ("number", numbers), ("scale", scaleWord));
        return Elide(Pattern.Fill(Quantities.ScaledWithUnit, ("number", numbers), ("scale", scaleWord), ("joiner", Scales[scale - 1].Joiner), ("unit", unit)));
    }

    /// <summary>What a table header adds for money: "(US$ billions)" / "(milliards de dollars US)", "(C$)" / "($ CA)".</summary>
    public string MoneyHeader(string currency, int scale)
    {
        var words = Currency(currency);
        if (scale == 0) return Pattern.Fill(MoneyForms.Header, ("symbol", words.Symbol.Trim()));
        return Elide(Pattern.Fill(MoneyForms.HeaderScaled, ("symbol", words.Symbol.Trim()), ("header", Scales[scale - 1].Header), ("name", words.Name)));
    }

    /// <summary>What a table header adds for a number column with a scale: "billions, dollars" / "milliards de dollars".</summary>
    public string QuantityHeader(int scale, string? unit)
    {
        if (scale == 0) return unit ?? "";
        var header = Scales[scale - 1].Header;
        if (unit is not { Length: > 0 }) return header;
        return Elide(Pattern.Fill(Quantities.HeaderWithUnit, ("header", header), ("unit", unit)));
    }

    /// <summary>
    /// Elision: a listed word before a vowel loses its vowel ("de" → "d’": "plus d’environ 500 000",
    /// "milliards d’euros"). Only whole words are touched; a leading h is left alone (aspirated or not,
    /// we cannot tell). A language without elided words returns the text as it is.
    /// </summary>
    public string Elide(string text)
    {
        if (ElidedWords.Count == 0) return text;
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var atWord = i == 0 || text[i - 1] is ' ' or '\u00A0';
            var elided = atWord ? ElidedWords.FirstOrDefault(w => Elides(text, i, w)) : null;
            if (elided is not null)
            {
                result.Append(elided, 0, elided.Length - 1).Append('’');
                i += elided.Length;
                continue;
            }
            result.Append(text[i]);
        }
        return result.ToString();
    }

    private bool Elides(string text, int at, string word) =>
        at + word.Length + 1 < text.Length
        && string.CompareOrdinal(text, at, word, 0, word.Length) == 0
        && text[at + word.Length] == ' '
        && Vowels.Contains(text[at + word.Length + 1]);
}

/// <summary>One scale word: "milliard" and its plural, as a table header says it ("milliards"), its short letter ("G") and what joins it to the noun it counts (" de ").</summary>
public sealed record ScaleWord(string One, string Many, string Header, string Short, string Joiner);

/// <summary>A currency's symbol as an amount carries it ("US$", "$ CA"), its name after a scale word ("dollars US") and its compact sign on key-figure cards (French "$"), if any.</summary>
public sealed record CurrencyWords(string Symbol, string Name, string? Compact);

/// <summary>Forms of a number with a scale word, with or without a unit, and of a table header with a unit.</summary>
public sealed record QuantityForms(string Scaled, string ScaledWithUnit, string HeaderWithUnit);

/// <summary>Forms of an amount of money: plain, with a scale word, compact (cards; "" when none), short (chart labels), in table headers, and in a cell whose currency is its own.</summary>
public sealed record MoneyForms(string Plain, string Scaled, string Compact, string Short, string Header, string HeaderScaled, string Cell);
