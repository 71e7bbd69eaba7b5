using Site.Diagnostics;
namespace Site.Data;

/// <summary>
/// Money whose currency changes from row to row: a column written <c>currency: per-row</c> takes each
/// cell's currency from how the cell is written ("£900M", "€5B", "C$2.5B", "US$1.8B", "$2.5B CAD"). A bare
/// "$" does not say which dollar, so a cell that names no currency is an error (<see cref="Code"/>) unless
/// it says the source states none: "$40B (currency not stated)". Nothing is ever converted.
/// </summary>
public static class CellCurrency
{
    /// <summary>The column's <c>currency</c> value that lets each row carry its own.</summary>
    public const string PerRow = "per-row";

    /// <summary>A cell's currency when the source writes an amount (usually with "$") but names no currency.</summary>
    public const string Unstated = "unstated";

    /// <summary>What a cell writes after its amount when the source names no currency.</summary>
    public const string UnstatedMarker = "(currency not stated)";

    /// <summary>The diagnostic of a per-row money cell whose currency is missing, ambiguous or self-contradictory.</summary>
    public static readonly DiagnosticCode Code = Codes.DATA004;

    /// <summary>The currency a symbol names; null for the bare "$", which names none.</summary>
    public static string? OfSymbol(string symbol) => symbol switch
    {
        "US$" => "USD",
        "C$" or "CA$" => "CAD",
        "£" => "GBP",
        "€" => "EUR",
        _ => null,
    };

    /// <summary>Whether a symbol may stand before an amount in <paramref name="currency"/> ("$" fits both dollars).</summary>
    public static bool Fits(string symbol, string currency) =>
        symbol == "$" ? currency is "USD" or "CAD" or Unstated : OfSymbol(symbol) == currency;

    /// <summary>
    /// The cell's currency from its trailing code, the symbols of its one or two amounts and its
    /// "(currency not stated)" marker; or an error saying what to write.
    /// </summary>
    public static (string? Currency, string? Error) Resolve(string? code, IReadOnlyList<string?> symbols, bool unstated, string columnId)
    {
        var written = symbols.OfType<string>().Distinct().ToList();
        if (unstated)
        {
            var named = code ?? written.Select(OfSymbol).OfType<string>().FirstOrDefault();
            if (named is not null)
                return (null, $"names a currency ({named}) and says it is not stated; keep one: the currency, or '{UnstatedMarker}' with a bare '$' or none");
            return (Unstated, null);
        }
        if (code is not null)
        {
            var misfit = written.FirstOrDefault(s => !Fits(s, code));
            return misfit is null ? (code, null) : (null, $"is written in '{misfit}' but ends with {code}; write one currency");
        }
        var currencies = written.Select(OfSymbol).Distinct().ToList();
        if (currencies.Count > 1)
            return (null, $"mixes {string.Join(" and ", written.Select(s => $"'{s}'"))} in one cell; write both ends in one currency");
        if (currencies.Count == 1 && currencies[0] is { } currency) return (currency, null);
        var example = "e.g. £900M, €5B, C$2.5B, US$1.8B or $2.5B CAD";
        return written.Count > 0
            ? (null, $"writes '$' but names no currency, and column '{columnId}' takes each row's currency from its cell: say which dollar ({example}), or write '{UnstatedMarker}' after the amount where the source names none")
            : (null, $"names no currency, and column '{columnId}' takes each row's currency from its cell: write it ({example}), or write '{UnstatedMarker}' after the amount where the source names none");
    }

    /// <summary>The scale a multiplier writes an amount in ("M" is millions), or null for none.</summary>
    public static Scale? ScaleOf(decimal multiplier) => multiplier switch
    {
        1_000m => Data.Scale.Thousand,
        1_000_000m => Data.Scale.Million,
        1_000_000_000m => Data.Scale.Billion,
        _ => null,
    };
}
