using Site.Localization;

namespace Site.Data;

/// <summary>How a value is known. The article's numbers are rarely plain, and the site must say so.</summary>
public enum ValueKind
{
    Exact,
    LowerBound,
    UpperBound,
    Range,
    NotApplicable,
    Text,
}

/// <summary>
/// One cell. Numbers are decimals in the column's scale (exact, as written); <see cref="Decimals"/>
/// keeps the written precision so "1.80" stays "1.80". A range has <see cref="Low"/> and
/// <see cref="High"/>; a bound or a single number only <see cref="Low"/>.
/// </summary>
public sealed record DataValue(ValueKind Kind, bool Approximate, decimal Low, decimal High, int Decimals, LocalizedText? Text, string Written)
{
    public static DataValue NotApplicable(string written) => new(ValueKind.NotApplicable, false, 0, 0, 0, null, written);

    public static DataValue OfText(LocalizedText text, string written) => new(ValueKind.Text, false, 0, 0, 0, text, written);

    /// <summary>
    /// A lower bound written "over 500,000", "more than 5,000" or "> 5,000": the value lies above
    /// the number, not at it, so it reads "more than" (and "&gt;" in tables) where "5,000+" reads "at least".
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The decimals written at a range's high end, when they differ from the low end's: "0.5-1" stays
    /// "0.5–1" (not "0.5–1.0"), "0.15-0.30" keeps its "0.30". Null: as <see cref="Decimals"/>.
    /// </summary>
    public int? HighDecimals { get; init; }

    /// <summary>
    /// In a column whose currency is per row (<see cref="DataColumn.CurrencyPerRow"/>): the cell's own currency
    /// (CAD, USD, GBP, EUR, or <see cref="CellCurrency.Unstated"/>); null in every other column.
    /// </summary>
    public string? Currency { get; init; }

    /// <summary>
    /// In a per-row currency column: the scale the cell was written in ("£900M" is shown in millions,
    /// "€5B" in billions), which <see cref="Decimals"/> counts in. <see cref="Low"/> and <see cref="High"/>
    /// stay in the column's scale, so charts and sorting compare like with like. Null: the column's scale.
    /// </summary>
    public Scale? Scale { get; init; }

    public bool IsNumber => Kind is ValueKind.Exact or ValueKind.LowerBound or ValueKind.UpperBound or ValueKind.Range;
}
