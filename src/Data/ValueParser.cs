using System.Globalization;
using Site.Diagnostics;

namespace Site.Data;

/// <summary>
/// Reads a written number the way the article writes them: "~150", "5,000+", "under 2%", "6-8",
/// "$0.15-$0.30", "~$970M", "$500,000-$1 million CAD", "N/A". Money symbols and codes must agree
/// with the column's currency, and amounts with a multiplier (k, M, B, million…) are converted to
/// the column's scale, exactly (decimal arithmetic).
/// </summary>
public static class ValueParser
{
    /// <param name="ErrorCode">The diagnostic code of <paramref name="Error"/> when it is not the table's DATA001 (a per-row currency, <see cref="CellCurrency.Code"/>).</param>
    public readonly record struct Outcome(DataValue? Value, string? Error, DiagnosticCode? ErrorCode = null)
    {
        public static Outcome Fail(string message, DiagnosticCode? code = null) => new(null, message, code);
    }

    private static readonly string[] ApproximatePrefixes = ["~", "≈", "about ", "approximately ", "approx. ", "around ", "roughly "];
    private static readonly string[] UpperPrefixes = ["<", "under ", "less than ", "below "];
    private static readonly string[] LowerPrefixes = [">", "over ", "more than ", "above "];
    private static readonly string[] CurrencyCodes = ["CAD", "USD", "GBP", "EUR"];

    public static bool IsNotApplicable(string text) =>
        text.Trim() is "N/A" or "n/a" or "NA" or "n.a." or "not applicable";

    public static Outcome Parse(string written, DataColumn column)
    {
        var text = written.Trim();
        if (IsNotApplicable(text)) return new(DataValue.NotApplicable(written), null);
        if (text.Length == 0) return Outcome.Fail("is empty; write a number, or N/A where nothing applies");

        var unstated = text.EndsWith(" " + CellCurrency.UnstatedMarker, StringComparison.OrdinalIgnoreCase);
        if (unstated)
        {
            if (!column.CurrencyPerRow)
                return Outcome.Fail(column.Type == ColumnType.Money
                    ? $"says its currency is not stated, but column '{column.Id}' holds {column.Currency}; give such a row a column whose currency is per-row"
                    : $"says its currency is not stated, but column '{column.Id}' is of type {Describe(column.Type)}; make its type money with currency: per-row");
            text = text[..^(CellCurrency.UnstatedMarker.Length + 1)].TrimEnd();
        }

        var approximate = StripPrefix(ref text, ApproximatePrefixes);
        var kind = ValueKind.Exact;
        var strict = false;
        if (StripPrefix(ref text, UpperPrefixes)) kind = ValueKind.UpperBound;
        else if (StripPrefix(ref text, LowerPrefixes))
        {
            kind = ValueKind.LowerBound;
            strict = true;
        }
        if (text.EndsWith('+'))
        {
            // "over 5,000+" says the same thing twice, and the two words disagree (more than / at least).
            if (kind != ValueKind.Exact) return Outcome.Fail("has two bounds; write '5,000+' (at least) or 'over 5,000' (more than), not both");
            kind = ValueKind.LowerBound;
            text = text[..^1].TrimEnd();
        }

        if (text.Length == 0) return Outcome.Fail("has a qualifier (~, <, >, +) but no number; write e.g. ~150, 5,000+ or under 2");

        string? trailingCode = null;
        foreach (var code in CurrencyCodes)
        {
            if (text.EndsWith(" " + code, StringComparison.Ordinal))
            {
                trailingCode = code;
                text = text[..^(code.Length + 1)].TrimEnd();
            }
        }
        if (trailingCode is not null && !column.CurrencyPerRow && (column.Type != ColumnType.Money || trailingCode != column.Currency))
            return Outcome.Fail(CurrencyMismatch(trailingCode, column));

        var separator = FindRangeSeparator(text, out var separatorLength);
        if (separator > 0)
        {
            if (kind != ValueKind.Exact) return Outcome.Fail("cannot be both a range and a bound; write '6-8' or '8+', not both");
            var low = ParseAmount(text[..separator], column);
            if (low.Error is not null) return Outcome.Fail(low.Error);
            var high = ParseAmount(text[(separator + separatorLength)..], column);
            if (high.Error is not null) return Outcome.Fail(high.Error);
            if (low.Value > high.Value) return Outcome.Fail("is a range whose low end is above its high end");
            // Each end keeps the decimals it is written with: "0.5-1" is not "0.5-1.0".
            var value = new DataValue(ValueKind.Range, approximate, low.Value, high.Value, low.Decimals, null, written)
            {
                HighDecimals = high.Decimals == low.Decimals ? null : high.Decimals,
            };
            return column.CurrencyPerRow ? WithCellCurrency(value, column, trailingCode, unstated, low, high) : CheckMax(value, column);
        }

        var amount = ParseAmount(text, column);
        if (amount.Error is not null) return Outcome.Fail(amount.Error);
        var single = new DataValue(kind, approximate, amount.Value, amount.Value, amount.Decimals, null, written) { Strict = strict };
        return column.CurrencyPerRow ? WithCellCurrency(single, column, trailingCode, unstated, amount, null) : CheckMax(single, column);
    }

    /// <summary>
    /// A per-row money cell: its currency from its code, symbols or "(currency not stated)", and the scale it is
    /// written in, which it is shown in ("£900M" stays "£900 million" in a column kept in units).
    /// </summary>
    private static Outcome WithCellCurrency(DataValue value, DataColumn column, string? code, bool unstated, Amount low, Amount? high)
    {
        var (currency, error) = CellCurrency.Resolve(code, high is { } h ? [low.Symbol, h.Symbol] : [low.Symbol], unstated, column.Id);
        if (error is not null) return Outcome.Fail(error, CellCurrency.Code);
        var top = high ?? low;
        var scale = top.WrittenScale ?? column.Scale;
        var lowDecimals = (low.WrittenScale ?? column.Scale) == scale ? low.WrittenDecimals : DecimalsOf(value.Low * ScaleFactor(column.Scale) / ScaleFactor(scale));
        var highDecimals = top.WrittenDecimals;
        var checkedMax = CheckMax(value, column);
        if (checkedMax.Error is not null) return checkedMax;
        return new(value with
        {
            Decimals = lowDecimals,
            HighDecimals = high is null || highDecimals == lowDecimals ? null : highDecimals,
            Currency = currency,
            Scale = scale,
        }, null);
    }

    private static Outcome CheckMax(DataValue value, DataColumn column)
    {
        if (column.Max is { } max && value.High > max)
            return Outcome.Fail($"is above the column's maximum of {max.ToString(CultureInfo.InvariantCulture)}");
        return new(value, null);
    }

    private static bool StripPrefix(ref string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].TrimStart();
                return true;
            }
        }
        return false;
    }

    /// <summary>The en dash, em dash, " to " or a hyphen between two amounts (not a minus sign).</summary>
    private static int FindRangeSeparator(string text, out int length)
    {
        length = 1;
        var dash = text.IndexOfAny(['–', '—']);
        if (dash > 0) return dash;
        var to = text.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to > 0)
        {
            length = 4;
            return to;
        }
        return text.Length > 1 ? text.IndexOf('-', 1) : -1;
    }

    /// <param name="Symbol">The currency symbol written before it, if any.</param>
    /// <param name="WrittenScale">The scale its multiplier writes it in ("900M": million), null without one.</param>
    /// <param name="WrittenDecimals">The decimals as written ("2.5B": 1), before any conversion to the column's scale.</param>
    private readonly record struct Amount(decimal Value, int Decimals, string? Error, string? Symbol = null, Scale? WrittenScale = null, int WrittenDecimals = 0);

    private static Amount ParseAmount(string side, DataColumn column)
    {
        var text = side.Trim();
        var written = text;

        string? symbol = null;
        foreach (var candidate in (string[])["US$", "CA$", "C$", "$", "£", "€"])
        {
            if (text.StartsWith(candidate, StringComparison.Ordinal))
            {
                symbol = candidate;
                text = text[candidate.Length..].TrimStart();
                break;
            }
        }
        if (symbol is not null && !column.CurrencyPerRow && !SymbolFits(symbol, column)) return new(0, 0, CurrencyMismatch(symbol, column));

        if (text.EndsWith('%'))
        {
            if (column.Type != ColumnType.Percent)
                return new(0, 0, $"has a percent sign but column '{column.Id}' is of type {Describe(column.Type)}; make its type percent");
            text = text[..^1].TrimEnd();
        }

        decimal multiplier = 1;
        foreach (var (suffix, factor) in Multipliers)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length && char.IsAsciiDigit(text[^(suffix.Length + 1)]))
            {
                multiplier = factor;
                text = text[..^suffix.Length].TrimEnd();
                break;
            }
        }
        if (multiplier != 1 && column.Type is ColumnType.Year or ColumnType.Percent)
            return new(0, 0, $"has a multiplier, which a {Describe(column.Type)} column cannot have");

        if (!IsNumber(text, column.Type == ColumnType.Year))
            return new(0, 0, column.Type == ColumnType.Year
                ? "is not a year; write e.g. 2025, 2025-2027 or N/A"
                : "is not a number; write e.g. 150, 1.8, 5,000, ~150, 5,000+, under 2, 6-8 or N/A");

        // decimal holds 28-29 significant digits, far beyond any figure an article quotes.
        if (!decimal.TryParse(text.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || (multiplier != 1 && number > decimal.MaxValue / multiplier))
            return new(0, 0, "is too large a number to hold exactly (more than 28 digits); write it with a multiplier (k, M, B) or in a column with a larger scale");
        var point = text.IndexOf('.');
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        if (multiplier == 1 && symbol is not null && column.Scale != Scale.One)
        {
            // "$500,000" in a column written in millions would read as 500,000 million: make the writer say which.
            var scale = column.Scale.ToString().ToLowerInvariant();
            return new(0, 0, $"has a currency but no multiplier, so it would be read in {scale}s (the column's scale); write it with k, M or B (e.g. '{symbol}500k') or as a bare number in {scale}s");
        }
        if (multiplier == 1) return new(number, decimals, null, symbol, null, decimals);

        // "500k" in a column written in millions is 0.5: convert exactly, keep the digits it needs.
        var converted = number * multiplier / ScaleFactor(column.Scale);
        return new(converted, DecimalsOf(converted), null, symbol, CellCurrency.ScaleOf(multiplier), decimals);
    }

    private static readonly (string Suffix, decimal Factor)[] Multipliers =
    [
        (" thousand", 1_000m), (" million", 1_000_000m), (" billion", 1_000_000_000m),
        ("k", 1_000m), ("K", 1_000m), ("M", 1_000_000m), ("bn", 1_000_000_000m), ("B", 1_000_000_000m),
    ];

    public static decimal ScaleFactor(Scale scale) => scale switch
    {
        Scale.Thousand => 1_000m,
        Scale.Million => 1_000_000m,
        Scale.Billion => 1_000_000_000m,
        _ => 1m,
    };

    private static int DecimalsOf(decimal value)
    {
        var normalized = value / 1.000000000000000000000000000000000m;
        return normalized.Scale;
    }

    /// <summary>Digits with optional thousands commas (in groups of three) and an optional decimal part.</summary>
    private static bool IsNumber(string text, bool year)
    {
        if (text.Length == 0) return false;
        var point = text.IndexOf('.');
        var integer = point < 0 ? text : text[..point];
        if (point >= 0 && (year || point == text.Length - 1 || !text[(point + 1)..].All(char.IsAsciiDigit))) return false;
        if (integer.Length == 0) return false;
        if (!integer.Contains(',')) return integer.All(char.IsAsciiDigit) && (!year || integer.Length == 4);
        if (year) return false;
        var groups = integer.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.All(g => g.All(char.IsAsciiDigit)) && groups.Skip(1).All(g => g.Length == 3);
    }

    private static bool SymbolFits(string symbol, DataColumn column) =>
        column.Type == ColumnType.Money && symbol switch
        {
            "$" => column.Currency is "USD" or "CAD",
            "US$" => column.Currency == "USD",
            "C$" or "CA$" => column.Currency == "CAD",
            "£" => column.Currency == "GBP",
            "€" => column.Currency == "EUR",
            _ => false,
        };

    private static string CurrencyMismatch(string written, DataColumn column) =>
        column.Type == ColumnType.Money
            ? $"is written in '{written}' but column '{column.Id}' holds {column.Currency}; convert it, put it in a column of its own currency, or make the column's currency per-row"
            : $"has a currency ('{written}') but column '{column.Id}' is of type {Describe(column.Type)}; make its type money with a currency";

    public static string Describe(ColumnType type) => type.ToString().ToLowerInvariant();
}
