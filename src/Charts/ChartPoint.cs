using Site.Data;
using Site.Diagnostics;

namespace Site.Charts;

/// <summary>One value of one series at one category, with the column that says how to write it.</summary>
public sealed record ChartPoint(string Category, DataValue Value, DataColumn Column, string? Note = null)
{
    /// <summary>A position to sort by; ranges sort by their middle, but are never drawn there.</summary>
    public decimal SortKey => Value.Kind == ValueKind.Range ? (Value.Low + Value.High) / 2 : Value.Low;

    /// <summary>How a summary sentence names the category (see <see cref="CategoryGrammar"/>).</summary>
    public CategoryGrammar Grammar { get; init; } = CategoryGrammar.Number;
}

/// <summary>
/// How a generated sentence names a category. A year or a number is said as it is written. A name
/// (a text cell, a column label) is said in the form its table gives under <c>in_sentence:</c>, with
/// the article grammar needs ("le Canada", "l’Arabie saoudite", "the U.K."); <see cref="InSentence"/>
/// is null when the table gives none, and <see cref="At"/> is where to write it.
/// </summary>
public sealed record CategoryGrammar(bool IsName, string? InSentence, SourceLocation? At)
{
    public static readonly CategoryGrammar Number = new(false, null, null);
}

/// <summary>A named series of points, in category order.</summary>
public sealed record ChartSeries(string Name, DataColumn Column, IReadOnlyList<ChartPoint> Points);
