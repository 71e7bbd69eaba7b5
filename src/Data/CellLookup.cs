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

    /// <param name="language">The page's language: a row may be named by its key or, on a page in another language
    /// than the site's, by its key cell's text in that language ("Royaume-Uni" for the row keyed "U.K.").</param>
    /// <param name="defaultLanguage">The site's default language, in which row keys are written.</param>
    public static Cell? Find(IReadOnlyDictionary<string, DataTable> tables, string tableId, string rowKey, string columnId, out string? error, out Part wrong,
        string? language = null, string? defaultLanguage = null)
    {
        error = null;
        wrong = Part.Table;
        if (!tables.TryGetValue(tableId, out var table))
        {
            error = $"unknown table '{tableId}'" + DidYouMean(tableId, tables.Keys);
            return null;
        }
        wrong = Part.Row;
        var translated = language is not null && defaultLanguage is not null && language != defaultLanguage;
        var row = table.Row(rowKey) ?? (translated ? table.Rows.FirstOrDefault(r => NameIn(table, r, language!) == rowKey) : null);
        if (row is null)
        {
            var names = translated ? table.Rows.Select(r => NameIn(table, r, language!)).Where(n => n is not null).Select(n => n!).ToList() : [];
            var suggestion = DidYouMean(rowKey, names.Concat(table.Rows.Select(r => r.Key)));
            error = $"no row '{rowKey}' in table '{tableId}'" + (suggestion.Length > 0 ? suggestion
                : translated ? $" (a page in '{language}' names a row by its key or by its '{language}' name in column '{table.KeyColumn.Id}': {string.Join(", ", names.Take(12))})"
                : $" (keys are in column '{table.KeyColumn.Id}')");
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

    /// <summary>The row's key cell as written in <paramref name="language"/> (its localized text; the key itself where it has no translation), or null when the cell is not text.</summary>
    private static string? NameIn(DataTable table, DataRow row, string language) =>
        row.Cells.TryGetValue(table.KeyColumn.Id, out var cell) && cell.Text is { } text ? text.Get(language, language) : null;

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
