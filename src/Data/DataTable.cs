using Site.Diagnostics;
using Site.Localization;

namespace Site.Data;

/// <summary>A typed data table from input/data/&lt;id&gt;.yml.</summary>
public sealed record DataTable(
    string Id,
    SourceFile Source,
    LocalizedText Title,
    LocalizedText? Description,
    IReadOnlyList<DataSource> Sources,
    LocalizedText? Notes,
    IReadOnlyList<DataColumn> Columns,
    IReadOnlyList<DataRow> Rows,
    DataColumn KeyColumn)
{
    /// <summary>The table's <c>updated</c> date (YYYY-MM-DD), when it has one: the date its citations and provenance.json give.</summary>
    public string? Updated { get; init; }

    /// <summary>Where <c>updated</c> is written (for DATA003), when it is.</summary>
    public SourceLocation? UpdatedLocation { get; init; }

    public DataColumn? Column(string id)
    {
        foreach (var column in Columns)
            if (column.Id == id) return column;
        return null;
    }

    public DataRow? Row(string key)
    {
        foreach (var row in Rows)
            if (row.Key == key) return row;
        return null;
    }
}
