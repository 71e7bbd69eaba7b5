using Site.Diagnostics;
using Site.Localization;

namespace Site.Data;

/// <summary>A typed column of a data table.</summary>
public sealed record DataColumn(
    string Id,
    LocalizedText Label,
    ColumnType Type,
    LocalizedText? Unit,
    string? Currency,
    Scale Scale,
    bool IsKey,
    decimal? Max,
    LocalizedText? Note,
    SourceLocation Location)
{
    public bool IsNumeric => Type != ColumnType.Text;

    /// <summary>A money column written <c>currency: per-row</c>: each cell names its own currency (see <see cref="CellCurrency"/>).</summary>
    public bool CurrencyPerRow => Type == ColumnType.Money && Currency == CellCurrency.PerRow;

    /// <summary>The names in this text column take no article in a sentence (companies, people): summaries say them as shown.</summary>
    public bool NoArticle { get; init; }
}
