using Site.Data;
using Site.Formats;

namespace Site.Charts;

/// <summary>
/// A ```chart``` block after checking: the table, the categories (rows, or with <see cref="Row"/>
/// the chosen columns of one row), one or more value series, and the words around the chart.
/// </summary>
public sealed record ChartSpec(
    DataTable Table,
    ChartType Type,
    DataColumn? CategoryColumn,
    DataRow? Row,
    IReadOnlyList<DataColumn> Series,
    IReadOnlyList<DataRow> Rows,
    string Title,
    string? Subtitle,
    string? Caption,
    string? XTitle,
    string YTitle,
    bool LogAxis,
    string? Highlight,
    SortOrder Sort,
    IReadOnlyList<ChartAnnotation> Annotations,
    DataColumn? LabelColumn);

public enum SortOrder
{
    None,
    Ascending,
    Descending,
}

/// <summary>A note pinned to one category of the chart.</summary>
public sealed record ChartAnnotation(string Category, string Text);
