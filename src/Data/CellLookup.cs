using Site.Yaml;

namespace Site.Data;

/// <summary>
/// Finds one cell by table id, row key and column id, for everything that quotes a figure
/// (the <c>figure</c> function, key-figure cards). Failures come back as a message with a
/// did-you-mean; each caller reports it at its own location.
/// </summary>
public static class CellLookup
{
    public sealed record Cell(DataTable Table, DataRow Row, DataColumn Column)
    {
        public DataValue Value => Row.Cells[Column.Id];
    }

    /// <summary>Which of the three names was wrong, so a caller can point at it.</summary>
    public enum Part { Table, Row, Column }

    public static Cell? Find(IReadOnlyDictionary<string, DataTable> tables, string tableId, string rowKey, string columnId, out string? error) =>
        Find(tables, tableId, rowKey, columnId, out error, out _);

    public static Cell? Find(IReadOnlyDictionary<string, DataTable> tables, string tableId, string rowKey, string columnId, out string? error, out Part wrong)
    {
        error = null;
        wrong = Part.Table;
        if (!tables.TryGetValue(tableId, out var table))
        {
            error = $"unknown table '{tableId}'" + DidYouMean(tableId, tables.Keys);
            return null;
        }
        wrong = Part.Row;
        var row = table.Row(rowKey);
        if (row is null)
        {
            var suggestion = DidYouMean(rowKey, table.Rows.Select(r => r.Key));
            error = $"no row '{rowKey}' in table '{tableId}'" + (suggestion.Length > 0 ? suggestion : $" (keys are in column '{table.KeyColumn.Id}')");
            return null;
        }
        wrong = Part.Column;
        var column = table.Column(columnId);
        if (column is null)
        {
            error = $"column '{columnId}' not in table '{tableId}'" + DidYouMean(columnId, table.Columns.Select(c => c.Id));
            return null;
        }
        return new Cell(table, row, column);
    }

    private static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Suggest.Closest(word, candidates) is { } suggestion ? $"; did you mean '{suggestion}'?" : "";

    /// <summary>
    /// A figure in running text: the value in full ("US$1.8 billion") in a span that names its table,
    /// row and column, so readers' tools and our tests can trace every number to its source row.
    /// </summary>
    public static string ProseSpan(Cell cell, string language, bool compact = false)
    {
        var text = compact ? ValueFormatter.CompactHtml(cell.Value, cell.Column, language) : ValueFormatter.ProseHtml(cell.Value, cell.Column, language);
        return $"<span class=\"figure\" data-table=\"{Attribute(cell.Table.Id)}\" data-row=\"{Attribute(cell.Row.Key)}\" data-column=\"{Attribute(cell.Column.Id)}\">{text}</span>";
    }

    private static string Attribute(string text) => System.Net.WebUtility.HtmlEncode(text);
}
