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
