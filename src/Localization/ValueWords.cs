namespace Site.Localization;

/// <summary>
/// The words numbers are dressed in, per language: how "approximately", "at least", "more than" and
/// "under" read in a table cell, in prose and to a screen reader, currencies and scale words.
/// The rules behind the French forms (OQLF usage) are written down in docs/content-format.md, "Values in French".
/// </summary>
public sealed record ValueWords(
    string About,
    string AtLeast,
    string MoreThan,
    string Under,
    string OrMore,
    string NotApplicable,
    string ApproximatelyForScreenReaders,
    string OrMoreForScreenReaders,
    string MoreThanForScreenReaders,
    string LessThanForScreenReaders,
    bool CellsSpellQualifiers,
    string CellAbout,
    string CellOrMore,
    string CellMoreThan,
    string CellUnder,
    string[] ScaleSingular,
    string[] ScalePlural,
    string[] ScaleHeader)
{
    /// <summary>English cells use signs ("~150", "5,000+", "&gt; 500,000", "&lt; 2"), spoken as words by screen readers.</summary>
    public static readonly ValueWords English = new(
        "about ", "at least ", "more than ", "under ", " or more", "n/a",
        "approximately ", " or more", "more than ", "less than ",
        false, "~", "+", "> ", "< ",
        ["thousand", "million", "billion"], ["thousand", "million", "billion"], ["thousands", "millions", "billions"]);

    /// <summary>
    /// French cells spell the qualifier ("environ 150", "5 000 et plus", "plus de 500 000", "moins de 2"):
    /// "~" and a trailing "+" are not French usage. "s.o." (sans objet) is the Canadian French "n/a".
    /// Million and milliard are nouns, plural from 2 ("1,8 milliard", "2,5 milliards"); mille never varies.
    /// </summary>
    public static readonly ValueWords French = new(
        "environ ", "au moins ", "plus de ", "moins de ", " ou plus", "s.o.",
        "environ ", " ou plus", "plus de ", "moins de ",
        true, "environ ", " et plus", "plus de ", "moins de ",
        ["mille", "million", "milliard"], ["mille", "millions", "milliards"], ["milliers", "millions", "milliards"]);

    public static ValueWords For(string language) => language == "fr" ? French : English;

    private bool IsFrench => this == French;

    /// <summary>Between a number and its unit or scale word, so a line never breaks between them.</summary>
    public const string NumberUnitSpace = "\u00A0";

    /// <summary>How a currency is written before an amount in English; "$" alone would hide which dollar.</summary>
    public static string CurrencySymbol(string currency) => currency switch
    {
        "USD" => "US$",
        "CAD" => "C$",
        "GBP" => "£",
        "EUR" => "€",
        // Data's CellCurrency.Unstated: the source writes "$" and names no currency, so neither do we.
        "unstated" => "$",
        _ => currency + " ",
    };

    /// <summary>French symbols go after the amount, the country after the dollar sign (OQLF): "5 $ CA", "5 $ US".</summary>
    public static string FrenchCurrencySymbol(string currency) => currency switch
    {
        "USD" => "$\u00A0US",
        "CAD" => "$\u00A0CA",
        "GBP" => "£",
        "EUR" => "€",
        "unstated" => "$",
        _ => currency,
    };

    /// <summary>French currency names after a scale word: "1,8 milliard de dollars US".</summary>
    public static string FrenchCurrencyName(string currency) => currency switch
    {
        "USD" => "dollars US",
        "CAD" => "dollars canadiens",
        "GBP" => "livres sterling",
        "EUR" => "euros",
        "unstated" => "dollars",
        _ => currency,
    };

    /// <summary>
    /// An amount of money. English: "US$1.8 billion", "C$0.15–0.30". French: "1,8 milliard de dollars
    /// américains", "0,15–0,30 $ CA". <paramref name="scale"/> is 0 (none), 1 thousand, 2 million, 3 billion.
    /// </summary>
    public string Money(string numbers, string currency, int scale, bool plural, bool compact = false)
    {
        if (!IsFrench) return CurrencySymbol(currency) + numbers + (scale == 0 ? "" : " " + ScaleSingular[scale - 1]);
        if (scale == 0) return numbers + NumberUnitSpace + FrenchCurrencySymbol(currency);
        var word = (plural ? ScalePlural : ScaleSingular)[scale - 1];
        // Compact (key-figure cards): "2,5 milliards $", "1,8 milliard $ US"; the card's label names the currency in full.
        if (compact && currency is "CAD" or "USD") return numbers + NumberUnitSpace + word + NumberUnitSpace + (currency == "CAD" ? "$" : FrenchCurrencySymbol(currency));
        // "mille" is an adjective ("150 mille dollars"); million and milliard are nouns and take "de".
        return Elide(numbers + NumberUnitSpace + word + (scale == 1 ? " " : " de ") + FrenchCurrencyName(currency));
    }

    /// <summary>What follows an amount whose source names no currency: "$40 billion (currency not stated)".</summary>
    public string CurrencyNotStated => IsFrench ? "(devise non précisée)" : "(currency not stated)";

    /// <summary>
    /// Money in a table cell of a column whose currency changes by row, so the header cannot say it:
    /// English as in prose ("£900 million", "C$2.5 billion"); French with the symbol after the scale word,
    /// as money is written in tables ("900 millions £", "5 milliards €", "2,5 milliards $ CA").
    /// </summary>
    public string CellMoney(string numbers, string currency, int scale, bool plural)
    {
        if (!IsFrench || scale == 0) return Money(numbers, currency, scale, plural);
        return numbers + NumberUnitSpace + (plural ? ScalePlural : ScaleSingular)[scale - 1] + NumberUnitSpace + FrenchCurrencySymbol(currency);
    }

    /// <summary>
    /// Money in a chart label, short: "US$1.8B", "US$970M", "C$0.15–0.30"; French as the Canadian press
    /// writes it (OQLF): "1,8 G$ US", "970 M$ US", "0,15–0,30 $ CA", "5,5 G€".
    /// </summary>
    public string ShortMoney(string numbers, string currency, int scale)
    {
        if (!IsFrench) return CurrencySymbol(currency) + numbers + (scale == 0 ? "" : ScaleLetters[scale - 1]);
        var symbol = FrenchCurrencySymbol(currency);
        return numbers + NumberUnitSpace + (scale == 0 ? "" : FrenchScaleLetters[scale - 1]) + symbol;
    }

    private static readonly string[] ScaleLetters = ["k", "M", "B"];
    private static readonly string[] FrenchScaleLetters = ["k", "M", "G"];

    /// <summary>A number with its scale and unit: "70 billion parameters" / "70 milliards de paramètres", "150 PFLOP/s".</summary>
    public string Quantity(string numbers, int scale, string? unit, bool plural)
    {
        if (scale == 0) return unit is { Length: > 0 } ? numbers + NumberUnitSpace + unit : numbers;
        if (!IsFrench) return numbers + " " + ScaleSingular[scale - 1] + (unit is { Length: > 0 } ? NumberUnitSpace + unit : "");
        var word = (plural ? ScalePlural : ScaleSingular)[scale - 1];
        if (unit is not { Length: > 0 }) return numbers + NumberUnitSpace + word;
        return Elide(numbers + NumberUnitSpace + word + (scale == 1 ? " " : " de ") + unit);
    }

    /// <summary>What a table header adds for money: "(US$ billions)" / "(milliards de dollars US)", "(C$)" / "($ CA)".</summary>
    public string MoneyHeader(string currency, int scale)
    {
        if (!IsFrench) return CurrencySymbol(currency).Trim() + (scale == 0 ? "" : " " + ScaleHeader[scale - 1]);
        if (scale == 0) return FrenchCurrencySymbol(currency);
        return Elide(ScaleHeader[scale - 1] + " de " + FrenchCurrencyName(currency));
    }

    /// <summary>What a table header adds for a number column with a scale: "billions, dollars" / "milliards de dollars".</summary>
    public string QuantityHeader(int scale, string? unit)
    {
        if (scale == 0) return unit ?? "";
        var word = ScaleHeader[scale - 1];
        if (unit is not { Length: > 0 }) return word;
        return IsFrench ? Elide(word + " de " + unit) : word + ", " + unit;
    }

    /// <summary>
    /// French elision: "de" before a vowel becomes "d’" ("plus d’environ 500 000", "milliards d’euros").
    /// Only whole words "de" are touched; a leading h is left alone (aspirated or not, we cannot tell).
    /// </summary>
    public string Elide(string text)
    {
        if (!IsFrench) return text;
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var atWord = i == 0 || text[i - 1] is ' ' or '\u00A0';
            if (atWord && i + 3 < text.Length && text[i] == 'd' && text[i + 1] == 'e' && text[i + 2] == ' ' && StartsWithVowel(text[i + 3]))
            {
                result.Append("d’");
                i += 2;
                continue;
            }
            result.Append(text[i]);
        }
        return result.ToString();
    }

    private static bool StartsWithVowel(char c) => "aeiouyàâæéèêëîïôœùûüAEIOUYÀÂÉÈÊÎÔ".Contains(c);
}
