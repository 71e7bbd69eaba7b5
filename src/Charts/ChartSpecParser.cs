using Site.Data;
using Site.Diagnostics;
using Site.Formats;
using Site.Localization;
using Site.Yaml;

namespace Site.Charts;

/// <summary>
/// Checks a ```chart``` block's YAML against the data tables. Every mistake is reported at its
/// line and column inside the block (CHART codes), with a did-you-mean where one helps.
/// </summary>
public static class ChartSpecParser
{
    private static readonly string[] Keys = FormatCatalog.ChartBlock.KeyNames;

    public static ChartSpec? Parse(YMap block, IReadOnlyDictionary<string, DataTable> tables, string language, DiagnosticBag diagnostics)
    {
        var fields = new YamlFields(block, Codes.CHART001, diagnostics, language);
        fields.RejectUnknownKeys("a chart block", Keys);
        var errors = diagnostics.ErrorCount;

        var tableName = fields.String("table", required: true);
        if (tableName is null) return null;
        if (!tables.TryGetValue(tableName, out var table))
        {
            var suggestion = Suggest.Closest(tableName, tables.Keys);
            diagnostics.Report(block.Get("table")!.Location, Codes.CHART002, $"unknown table '{tableName}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"), Subjects.Table(tableName));
            return null;
        }

        var type = ChartType.Bar;
        var typeName = fields.String("type");
        if (typeName is not null)
        {
            if (ChartTypes.Parse(typeName) is { } parsed) type = parsed;
            else
            {
                var suggestion = Suggest.Closest(typeName, ChartTypes.Names);
                diagnostics.Report(block.Get("type")!.Location, Codes.CHART003, $"unknown chart type '{typeName}'; use one of {string.Join(", ", ChartTypes.Names)}" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"));
            }
        }

        var series = ReadSeries(block, table, diagnostics);
        DataRow? row = null;
        DataColumn? categoryColumn = null;
        var rows = table.Rows;
        if (block.Get("row") is { } rowNode)
        {
            row = FindRow(rowNode, table, diagnostics);
            if (block.Get("x") is { } xNode) diagnostics.Report(xNode.Location, Codes.CHART008, "with 'row', the categories are the 'y' columns; remove 'x'");
        }
        else
        {
            categoryColumn = block.Get("x") is { } xNode ? FindColumn(xNode, table, diagnostics) : table.KeyColumn;
            if (block.Get("rows") is { } rowsNode) rows = FilterRows(rowsNode, table, diagnostics);
        }

        CheckTypeFits(type, series, categoryColumn, row, rows, block, diagnostics);
        CheckOneCurrency(series, block, diagnostics);
        CheckOneRowCurrency(series, row, rows, block, diagnostics);
        if (row is null && rows.Count == 0)
            diagnostics.Report(block.Get("table")!.Location, Codes.CHART009, $"table '{table.Id}' has no rows, so the chart would be empty; add rows to the table or remove the chart");

        // A scatter's x is a number; its points are named by the rows' keys.
        var namedBy = type == ChartType.Scatter ? table.KeyColumn : categoryColumn;
        var categories = row is not null
            ? series.Select(c => c.Label.Get(language, language)).ToList()
            : namedBy is null ? [] : rows.Select(r => CategoryText(r, namedBy, language)).ToList();
        // What a block may name a category by besides its shown text: a column id, or the row key
        // ("U.K." also matches where a French page shows "Royaume-Uni"), so one block works in every language.
        var names = row is not null
            ? series.Select(c => c.Id).ToList()
            : namedBy is null ? [] : rows.Select(r => CategoryName(r, namedBy, table)).ToList();
        string? Shown(string name)
        {
            var index = categories.IndexOf(name);
            if (index < 0) index = names.IndexOf(name);
            return index < 0 ? null : categories[index];
        }
        var highlight = fields.String("highlight");
        if (highlight is not null)
        {
            var match = Shown(highlight);
            if (match is null)
            {
                var suggestion = Suggest.Closest(highlight, categories);
                diagnostics.Report(block.Get("highlight")!.Location, Codes.CHART006, $"highlight '{highlight}' matches no category of the chart" + (suggestion is null ? $"; categories are {string.Join(", ", categories)}" : $"; did you mean '{suggestion}'?"));
            }
            highlight = match;
        }

        var sort = SortOrder.None;
        var sortName = fields.String("sort");
        if (sortName is not null)
        {
            sort = sortName switch { "ascending" => SortOrder.Ascending, "descending" => SortOrder.Descending, "none" => SortOrder.None, _ => SortOrder.None };
            if (!FormatCatalog.SortOrders.Contains(sortName))
                diagnostics.Report(block.Get("sort")!.Location, Codes.CHART008, $"sort must be ascending, descending or none, not '{sortName}'");
        }

        var annotations = new List<ChartAnnotation>();
        foreach (var node in fields.List("annotations") ?? [])
        {
            if (node is YMap note && note.Get("at") is YScalar at && note.Get("text") is YScalar text)
            {
                if (Shown(at.Value) is { } shown) annotations.Add(new ChartAnnotation(shown, text.Value));
                else diagnostics.Report(at.Location, Codes.CHART006, $"annotation at '{at.Value}' matches no category of the chart" + (Suggest.Closest(at.Value, categories) is { } near ? $"; did you mean '{near}'?" : ""));
            }
            else diagnostics.Report(node.Location, Codes.CHART008, "an annotation is a mapping: { at: <category>, text: <note> }");
        }

        // 'label' adds a text column to each value's label, e.g. the exit outcome next to a company's funding.
        DataColumn? labelColumn = null;
        if (block.Get("label") is { } labelNode)
        {
            labelColumn = FindColumn(labelNode, table, diagnostics);
            if (row is not null) diagnostics.Report(labelNode.Location, Codes.CHART008, "'label' names a column of the rows; with 'row', there is one row");
        }

        // The editor's words, written in the page's language or per language ({ en: …, fr: … }).
        string? Words(string key) => fields.Localized(key)?.Get(language, language);
        var title = Words("title") ?? table.Title.Get(language, language);
        var yTitle = Words("y_title") ?? DefaultYTitle(table, series, row, rows, language);
        var log = fields.Bool("log") ?? false;
        if (diagnostics.ErrorCount > errors || series.Count == 0) return null;
        return new ChartSpec(table, type, categoryColumn, row, series, rows, title, Words("subtitle"), Words("caption"),
            Words("x_title"), yTitle, log, highlight, sort, annotations, labelColumn);
    }

    /// <summary>The text a row shows as its category (its x cell), in the page's language.</summary>
    public static string CategoryText(DataRow row, DataColumn column, string language) =>
        ValueFormatter.PlainText(row.Cells[column.Id], column, language, prose: false);

    /// <summary>The name a block uses for a row's category: the row key, or the cell as written in the table.</summary>
    private static string CategoryName(DataRow row, DataColumn column, DataTable table) =>
        column == table.KeyColumn ? row.Key : row.Cells[column.Id].Written.Trim();

    private static List<DataColumn> ReadSeries(YMap block, DataTable table, DiagnosticBag diagnostics)
    {
        var node = block.Get("y") ?? block.Get("series");
        if (node is null)
        {
            diagnostics.Report(block.Location, Codes.CHART001, "missing required key 'y': the column (or list of columns) to draw");
            return [];
        }
        var items = node is YSequence list ? list.Items : [node];
        var columns = new List<DataColumn>();
        foreach (var item in items)
        {
            var column = FindColumn(item, table, diagnostics);
            if (column is null) continue;
            if (!column.IsNumeric)
            {
                diagnostics.Report(item.Location, Codes.CHART005, $"column '{column.Id}' holds text, not numbers; a chart's y must be a number, percent, money or year column");
                continue;
            }
            columns.Add(column);
        }
        return columns;
    }

    private static DataColumn? FindColumn(YNode node, DataTable table, DiagnosticBag diagnostics)
    {
        var name = node is YScalar scalar ? scalar.Value : null;
        var column = name is null ? null : table.Column(name);
        if (column is not null) return column;
        var ids = table.Columns.Select(c => c.Id).ToList();
        var suggestion = name is null ? null : Suggest.Closest(name, ids);
        diagnostics.Report(node.Location, Codes.CHART004, $"column '{name ?? node.Describe()}' not in table '{table.Id}'" + (suggestion is null ? $"; columns are {string.Join(", ", ids)}" : $"; did you mean '{suggestion}'?"));
        return null;
    }

    private static DataRow? FindRow(YNode node, DataTable table, DiagnosticBag diagnostics)
    {
        var key = node is YScalar scalar ? scalar.Value : null;
        var row = key is null ? null : table.Row(key);
        if (row is not null) return row;
        var suggestion = key is null ? null : Suggest.Closest(key, table.Rows.Select(r => r.Key));
        diagnostics.Report(node.Location, Codes.CHART007, $"no row '{key ?? node.Describe()}' in table '{table.Id}'" + (suggestion is null ? $" (keys are in column '{table.KeyColumn.Id}')" : $"; did you mean '{suggestion}'?"));
        return null;
    }

    private static List<DataRow> FilterRows(YNode node, DataTable table, DiagnosticBag diagnostics)
    {
        if (node is not YSequence list)
        {
            diagnostics.Report(node.Location, Codes.CHART008, "rows must be a list of row keys, e.g. [Canada, France]");
            return [];
        }
        return list.Items.Select(item => FindRow(item, table, diagnostics)).OfType<DataRow>().ToList();
    }

    private static void CheckTypeFits(ChartType type, List<DataColumn> series, DataColumn? category, DataRow? row, IReadOnlyList<DataRow> rows, YMap block, DiagnosticBag diagnostics)
    {
        var at = (block.Get("type") ?? block).Location;
        var drawsOneColumn = type is ChartType.Bar or ChartType.HorizontalBar or ChartType.Scatter;
        if (drawsOneColumn && series.Count > 1 && row is null)
            diagnostics.Report(at, Codes.CHART008, $"a {ChartTypes.Name(type)} chart draws one column; use grouped-bar or stacked-bar for {series.Count}");
        if (type == ChartType.Scatter && (category is null || !category.IsNumeric))
            diagnostics.Report(at, Codes.CHART008, "a scatter chart needs a numeric 'x' column");
        if (type == ChartType.StackedBar)
        {
            var values = row is not null ? series.Select(c => row.Cells[c.Id]) : rows.SelectMany(r => series.Select(c => r.Cells[c.Id]));
            if (values.Any(v => v.Kind is ValueKind.Range or ValueKind.LowerBound or ValueKind.UpperBound))
                diagnostics.Report(at, Codes.CHART008, "ranges and bounds cannot be stacked honestly; use grouped-bar or range");
        }
    }

    /// <summary>One value axis holds one currency: US$1.8B beside £1.1B on the same scale would compare unlike amounts.</summary>
    private static void CheckOneCurrency(List<DataColumn> series, YMap block, DiagnosticBag diagnostics)
    {
        var currencies = series.Where(c => c.Type == ColumnType.Money && !c.CurrencyPerRow).Select(c => c.Currency).Distinct().ToList();
        if (currencies.Count < 2) return;
        var at = (block.Get("y") ?? block.Get("series") ?? block).Location;
        var columns = string.Join(", ", series.Where(c => c.Type == ColumnType.Money && !c.CurrencyPerRow).Select(c => $"{c.Id} ({c.Currency})"));
        diagnostics.Report(at, Codes.CHART011, $"these columns are in {currencies.Count} currencies ({columns}), which one value axis cannot hold; draw one currency per chart, or a column converted to one currency");
    }

    /// <summary>
    /// The same for a column whose currency is per row: the rows drawn must share one currency (a row whose
    /// source names none counts as a currency of its own, "not stated"); rows of one currency draw as usual.
    /// </summary>
    private static void CheckOneRowCurrency(List<DataColumn> series, DataRow? row, IReadOnlyList<DataRow> rows, YMap block, DiagnosticBag diagnostics)
    {
        var perRow = series.Where(c => c.CurrencyPerRow).ToList();
        // Columns of two fixed currencies are CheckOneCurrency's to report, once.
        if (perRow.Count == 0 || series.Where(c => c.Type == ColumnType.Money && !c.CurrencyPerRow).Select(c => c.Currency).Distinct().Count() > 1) return;
        var drawn = (row is not null ? [row] : rows)
            .SelectMany(r => perRow.Select(c => (Row: r, Column: c, Value: r.Cells[c.Id])))
            .Where(cell => cell.Value.IsNumber)
            .Select(cell => (Key: cell.Row.Key, cell.Column.Id, Currency: cell.Value.Currency == CellCurrency.Unstated ? "not stated" : cell.Value.Currency!))
            .Concat(series.Where(c => c.Type == ColumnType.Money && !c.CurrencyPerRow).Select(c => (Key: "", c.Id, Currency: c.Currency!)))
            .ToList();
        var currencies = drawn.Select(d => d.Currency).Distinct().ToList();
        if (currencies.Count < 2) return;
        var at = (block.Get("y") ?? block.Get("series") ?? block).Location;
        // "GBP: U.K.; CAD: Canada, Ontario": each currency with the rows (or fixed columns) drawn in it.
        var cells = string.Join("; ", currencies.Select(currency => currency + ": " + string.Join(", ", drawn.Where(d => d.Currency == currency)
            .Select(d => d.Key.Length == 0 ? $"column {d.Id}" : perRow.Count > 1 ? $"{d.Key} in {d.Id}" : d.Key))));
        diagnostics.Report(at, Codes.CHART011, $"these rows are in {currencies.Count} currencies ({cells}), which one value axis cannot hold; draw rows of one currency (rows: [...]), or a column converted to one currency");
    }

    private static string DefaultYTitle(DataTable table, List<DataColumn> series, DataRow? row, IReadOnlyList<DataRow> rows, string language)
    {
        if (row is not null) return CategoryText(row, table.KeyColumn, language);
        if (series.Count != 1) return "";
        // A percent axis writes its sign on every tick (FigureBuilder), so its title needs none; a per-row
        // currency column's rows share one currency here (CHART011), which the title names as a header would.
        var shared = series[0].CurrencyPerRow ? rows.Select(r => r.Cells[series[0].Id]).FirstOrDefault(v => v.IsNumber)?.Currency : null;
        var unit = series[0].Type == ColumnType.Percent ? null
            : shared is not null ? Localization.ValueWords.For(language).MoneyHeader(shared, (int)series[0].Scale)
                // "$ billions, currency not stated": the axis says what each of its values says.
                + (shared == CellCurrency.Unstated ? ", " + Localization.ValueWords.For(language).CurrencyNotStated.Trim('(', ')') : "")
            : ValueFormatter.HeaderUnit(series[0], language);
        var label = series[0].Label.Get(language, language);
        if (unit is null) return label;
        // One pair of parentheses: "Compute capacity (2025), in PFLOP/s", not "Compute capacity (2025) (PFLOP/s)".
        return label.TrimEnd().EndsWith(')') ? label + Pattern.Fill(ChartWords.For(language).AxisUnit, ("unit", unit)) : $"{label} ({unit})";
    }
}
