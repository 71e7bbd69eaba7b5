namespace Site.Localization;

/// <summary>
/// The words numbers are dressed in, per language: how "approximately" and "more than" read in
/// prose and to a screen reader, currency symbols and scale words. French is filled in so that the
/// French edition only has to switch the language.
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
    string Thousand,
    string Million,
    string Billion,
    string Thousands,
    string Millions,
    string Billions)
{
    public static readonly ValueWords English = new(
        "about ", "at least ", "more than ", "under ", " or more", "n/a",
        "approximately ", " or more", "more than ", "less than ",
        "thousand", "million", "billion", "thousands", "millions", "billions");

    public static readonly ValueWords French = new(
        "environ ", "au moins ", "plus de ", "moins de ", " ou plus", "s.o.",
        "environ ", " ou plus", "plus de ", "moins de ",
        "mille", "millions", "milliards", "milliers", "millions", "milliards");

    public static ValueWords For(string language) => language == "fr" ? French : English;

    /// <summary>How a currency is written before an amount; "$" alone would hide which dollar.</summary>
    public static string CurrencySymbol(string currency) => currency switch
    {
        "USD" => "US$",
        "CAD" => "C$",
        "GBP" => "£",
        "EUR" => "€",
        _ => currency + " ",
    };
}
