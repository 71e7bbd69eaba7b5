using Site.Content;
using Site.Data;

namespace Site.Sharing;

/// <summary>
/// The values a page's card draws: a data page's table (its first numeric column), else the first
/// ```chart block of the page's Markdown (its <c>table:</c>, <c>y:</c> (a column, or a list with <c>row:</c>) and <c>highlight:</c> lines).
/// Only those plain <c>key: value</c> lines are read here; the block itself is parsed and checked
/// by the chart embed, which reports any mistake in it. Numbers are the values' low ends, in rows' order.
/// </summary>
public static class LeadChart
{
    public static (List<double> Bars, int Highlight) Of(Page page, IReadOnlyDictionary<string, DataTable> tables)
    {
        if (PageCitations.TableOf(page, tables) is { } dataTable)
            return Values(dataTable, dataTable.Columns.FirstOrDefault(c => c.IsNumeric && !c.IsKey)?.Id, null);
        var lines = page.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is not ("```chart" or "~~~chart")) continue;
            string? table = null, y = null, highlight = null, row = null;
            string[]? ys = null;
            for (var j = i + 1; j < lines.Length && !lines[j].StartsWith("```", StringComparison.Ordinal) && !lines[j].StartsWith("~~~", StringComparison.Ordinal); j++)
            {
                var line = lines[j];
                if (Value(line, "table") is { } t) table = t;
                else if (Value(line, "y") is { } v) y = v;
                else if (Value(line, "highlight") is { } h) highlight = h;
                else if (Value(line, "row") is { } r) row = r;
                else if (line.StartsWith("y: [", StringComparison.Ordinal) && line.TrimEnd().EndsWith(']'))
                    ys = line.Trim()[4..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }
            if (table is null || !tables.TryGetValue(table, out var found)) return ([], -1);
            // One row across several columns (`row:` with `y: [a, b]`): a bar per column.
            return row is not null && ys is not null ? RowValues(found, row, ys) : Values(found, y, highlight);
        }
        return ([], -1);
    }

    private static string? Value(string line, string key) =>
        line.StartsWith(key + ":", StringComparison.Ordinal) ? line[(key.Length + 1)..].Trim().Trim('"', '\'') is { Length: > 0 } v && v[0] is not '[' and not '{' ? v : null : null;

    private static (List<double>, int) RowValues(DataTable table, string rowKey, string[] columnIds)
    {
        if (table.Row(rowKey) is not { } row) return ([], -1);
        var bars = columnIds.Select(id => row.Cells.TryGetValue(id, out var value) && value.IsNumber ? (double?)value.Low : null).OfType<double>().ToList();
        return (bars, -1);
    }

    private static (List<double>, int) Values(DataTable table, string? columnId, string? highlight)
    {
        if (columnId is null || table.Column(columnId) is not { IsNumeric: true }) return ([], -1);
        var bars = new List<double>();
        var marked = -1;
        foreach (var row in table.Rows)
        {
            if (!row.Cells.TryGetValue(columnId, out var value) || !value.IsNumber) continue;
            if (row.Key == highlight) marked = bars.Count;
            bars.Add((double)value.Low);
        }
        return (bars, marked);
    }
}
