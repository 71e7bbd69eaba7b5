using Site.Diagnostics;
using Site.Formats;
using Site.Localization;
using Site.Yaml;

namespace Site.Data;

/// <summary>
/// Reads input/data/&lt;id&gt;.yml into a typed <see cref="DataTable"/>. Every cell is checked
/// against its column's type; every problem is reported at its key or value, and reading goes on.
/// </summary>
public static class DataTableParser
{
    private static readonly DiagnosticCode Code = Codes.DATA001;
    // Keys and allowed values come from the one description of the format (src/Formats/), which the schemas are generated from.
    private static readonly string[] TableKeys = FormatCatalog.DataTable.KeyNames;
    private static readonly string[] ColumnKeys = FormatCatalog.Column.KeyNames;
    private static readonly string[] SourceKeys = FormatCatalog.Source.KeyNames;
    private static readonly string[] Types = FormatCatalog.ColumnTypes;
    private static readonly string[] Currencies = FormatCatalog.CurrencyChoices;
    private static readonly string[] Scales = FormatCatalog.Scales;

    public static DataTable? Parse(SourceFile file, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var table = ParseNodes(file, defaultLanguage, diagnostics);
        // A big table's YAML nodes (a 10 MB file: about 200 MB of them) live until the whole file is
        // read, long enough to reach the oldest generation, where the GC would leave them until the heap
        // doubled. Collected now, they are not added to the build's peak memory (about 100 MB fewer for
        // 200,000 rows, docs/performance.md "Memory"); no hand-written table comes near this size.
        if (file.Text.Length >= BigTableText) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return table;
    }

    /// <summary>Tables from this size of text on (4 million characters) are big enough to collect after.</summary>
    private const int BigTableText = 4_000_000;

    private static DataTable? ParseNodes(SourceFile file, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(file.RelativePath);
        if (!IsId(name, allowUnderscore: false))
        {
            diagnostics.Report(file.At(1, 1), Code, $"table name '{name}' may hold only lowercase letters, digits and dashes; rename the file");
            return null;
        }

        var root = YamlReader.Parse(new YamlReader.Fragment(file, file.Text), Code, diagnostics, out var failed);
        if (failed) return null;
        if (root is not YMap map)
        {
            diagnostics.Report(root?.Location ?? file.At(1, 1), Code, "a data table must be a mapping with title, source, columns and rows");
            return null;
        }

        var fields = new YamlFields(map, Code, diagnostics, defaultLanguage);
        fields.RejectUnknownKeys("a data table", TableKeys);
        var title = fields.Localized("title", required: true);
        var sources = ReadSources(fields, diagnostics, defaultLanguage);
        var columns = ReadColumns(fields.List("columns", required: true) ?? [], diagnostics, defaultLanguage);
        if (title is null || columns.Count == 0) return null;

        var key = columns.FirstOrDefault(c => c.IsKey) ?? columns[0];
        var rows = ReadRows(fields.List("rows", required: true) ?? [], columns, key, diagnostics, defaultLanguage);
        foreach (var waiting in fields.List("untranslated") ?? [])
        {
            if (waiting is YScalar { Value: var code } && code.Length == 2 && code.All(char.IsAsciiLetterLower))
                diagnostics.Report(waiting.Location, Codes.I18N005, $"this table's '{code}' texts wait for their translation: translate each '{code}:' text (title, description, notes, labels), then remove '{code}' from 'untranslated'");
            else diagnostics.Report(waiting.Location, Code, $"'untranslated' lists two-letter language codes (e.g. [fr]), not {waiting.Describe()}");
        }
        return new DataTable(name, file, title, fields.Localized("description"), sources, fields.Localized("notes"), columns, rows, key)
        {
            Updated = fields.Date("updated"),
            UpdatedLocation = map.Get("updated")?.Location,
        };
    }

    private static List<DataSource> ReadSources(YamlFields table, DiagnosticBag diagnostics, string language)
    {
        var list = new List<DataSource>();
        var node = table.Node("source");
        if (node is null)
        {
            diagnostics.Report(table.Map.Location, Code, "missing required key 'source': say where the figures come from");
            return list;
        }
        var items = node is YSequence sequence ? sequence.Items : [node];
        foreach (var item in items)
        {
            if (item is not YMap sourceMap)
            {
                diagnostics.Report(item.Location, Code, "a source must be a mapping: { title: ..., publisher: ..., date: YYYY-MM }");
                continue;
            }
            var fields = new YamlFields(sourceMap, Code, diagnostics, language);
            fields.RejectUnknownKeys("a source", SourceKeys);
            var title = fields.Localized("title", required: true);
            var url = fields.String("url");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
                diagnostics.Report(sourceMap.Get("url")!.Location, Code, url.Length == 0
                    ? "a source url must be an absolute http(s) URL, not empty text; leave the key out when there is none"
                    : $"a source url must be an absolute http(s) URL, not '{url}'");
            if (title is not null) list.Add(new DataSource(title, fields.Localized("publisher"), fields.Date("date", allowMonth: true), url is null || url.Length == 0 ? null : url));
        }
        return list;
    }

    private static List<DataColumn> ReadColumns(IReadOnlyList<YNode> nodes, DiagnosticBag diagnostics, string language)
    {
        var columns = new List<DataColumn>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node is not YMap columnMap)
            {
                diagnostics.Report(node.Location, Code, "a column must be a mapping: { id: ..., label: ..., type: ... }");
                continue;
            }
            var fields = new YamlFields(columnMap, Code, diagnostics, language);
            fields.RejectUnknownKeys("a column", ColumnKeys);
            var id = fields.String("id", required: true);
            var label = fields.Localized("label", required: true);
            var typeName = fields.String("type", required: true);
            if (id is not null && !IsId(id, allowUnderscore: true))
            {
                diagnostics.Report(columnMap.Get("id")!.Location, Code, $"column id '{id}' may hold only lowercase letters, digits, dashes and underscores");
                id = null;
            }
            else if (id is not null && !ids.Add(id))
            {
                diagnostics.Report(columnMap.Get("id")!.Location, Code, $"duplicate column id '{id}'");
                id = null;
            }

            ColumnType? type = null;
            if (typeName is not null)
            {
                var index = Array.IndexOf(Types, typeName);
                if (index < 0) diagnostics.Report(columnMap.Get("type")!.Location, Code, $"unknown column type '{typeName}'; use one of {string.Join(", ", Types)}");
                else type = (ColumnType)index;
            }

            var currency = fields.String("currency");
            if (currency is not null && Array.IndexOf(Currencies, currency) < 0)
                diagnostics.Report(columnMap.Get("currency")!.Location, Code, $"unknown currency '{currency}'; use one of {string.Join(", ", Currencies)}");
            else if (currency is not null && type is not ColumnType.Money)
                diagnostics.Report(columnMap.Get("currency")!.Location, Code, "only a money column has a currency");
            else if (currency is null && type is ColumnType.Money)
                diagnostics.Report(columnMap.Location, Code, $"money column '{id}' needs a currency ({string.Join(", ", FormatCatalog.Currencies)}, or per-row when each cell names its own): the article mixes them, the site must not");

            var scale = Scale.One;
            var scaleName = fields.String("scale");
            if (scaleName is not null)
            {
                var index = Array.IndexOf(Scales, scaleName);
                if (index < 0) diagnostics.Report(columnMap.Get("scale")!.Location, Code, $"unknown scale '{scaleName}'; use one of {string.Join(", ", Scales)}");
                else if (type is not (ColumnType.Number or ColumnType.Money)) diagnostics.Report(columnMap.Get("scale")!.Location, Code, "only number and money columns have a scale");
                else scale = (Scale)(index + 1);
            }

            var noArticle = fields.Bool("no_article") ?? false;
            if (noArticle && type is not ColumnType.Text)
                diagnostics.Report(columnMap.Get("no_article")!.Location, Code, "only a text column holds names; 'no_article' says they take no article in a sentence");

            if (id is null || label is null || type is null) continue;
            columns.Add(new DataColumn(id, label, type.Value, fields.Localized("unit"), currency, scale,
                fields.Bool("key") ?? false, fields.Decimal("max"), fields.Localized("note"), columnMap.Location) { NoArticle = noArticle });
        }

        var keys = columns.Where(c => c.IsKey).ToList();
        foreach (var extra in keys.Skip(1))
            diagnostics.Report(extra.Location, Code, $"column '{extra.Id}' is a second key column; a table has one (the first key is '{keys[0].Id}')");
        return columns;
    }

    private static List<DataRow> ReadRows(IReadOnlyList<YNode> nodes, List<DataColumn> columns, DataColumn key, DiagnosticBag diagnostics, string language)
    {
        var rows = new List<DataRow>();
        var keys = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var ids = columns.Select(c => c.Id).ToArray();
        foreach (var node in nodes)
        {
            if (node is not YMap rowMap)
            {
                diagnostics.Report(node.Location, Code, $"a row must be a mapping of column ids to values: {{ {key.Id}: ..., ... }}");
                continue;
            }
            var cells = new DataValue[columns.Count];
            foreach (var (cellKey, _) in rowMap.Entries)
            {
                if (Array.IndexOf(ids, cellKey.Value) >= 0) continue;
                var suggestion = Suggest.Closest(cellKey.Value, ids);
                diagnostics.Report(cellKey.Location, Code, $"unknown column '{cellKey.Value}' in a row" + (suggestion is null ? $"; columns are {string.Join(", ", ids)}" : $"; did you mean '{suggestion}'?"));
            }
            var complete = true;
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var valueNode = rowMap.Get(column.Id);
                if (valueNode is null)
                {
                    diagnostics.Report(rowMap.Location, Code, $"this row has no value for column '{column.Id}'; write N/A if nothing applies");
                    complete = false;
                    continue;
                }
                var value = ReadCell(valueNode, column, diagnostics, language);
                if (value is null) complete = false;
                else cells[c] = value;
            }
            if (!complete) continue;

            var rowKey = KeyText(cells[columns.IndexOf(key)], language);
            if (keys.TryGetValue(rowKey, out var first))
            {
                diagnostics.Report(rowMap.Get(key.Id)!.Location, Code, $"duplicate key '{rowKey}' in column '{key.Id}' (first at line {first.Location.Line}); keys must be unique");
                continue;
            }
            keys[rowKey] = rowMap.Get(key.Id)!;
            rows.Add(new DataRow(rowKey, new RowCells(ids, cells), rowMap.Location));
        }
        return rows;
    }

    private static DataValue? ReadCell(YNode node, DataColumn column, DiagnosticBag diagnostics, string language)
    {
        if (column.Type == ColumnType.Text)
        {
            if (node is YScalar { IsNull: true })
            {
                diagnostics.Report(node.Location, Code, $"empty value in column '{column.Id}'; write N/A if nothing applies");
                return null;
            }
            // In text, only the literal N/A means "not applicable": "not applicable" may be a real label.
            if (node is YScalar { Value: "N/A" } plain && !column.IsKey) return DataValue.NotApplicable(plain.Value);
            var text = YamlFields.ReadLocalized(node, column.Id, Code, diagnostics, language);
            return text is null ? null : DataValue.OfText(text, node is YScalar s ? s.Value : text.Get(language, language));
        }
        if (node is not YScalar scalar)
        {
            diagnostics.Report(node.Location, Code, $"column '{column.Id}' holds {ValueParser.Describe(column.Type)} values, not {node.Describe()}");
            return null;
        }
        var outcome = ValueParser.Parse(scalar.IsNull ? "" : scalar.Value, column);
        if (outcome.Error is null) return outcome.Value;
        diagnostics.Report(node.Location, outcome.ErrorCode ?? Code, $"value '{scalar.Value}' in column '{column.Id}' ({Describe(column)}) {outcome.Error}");
        return null;
    }

    private static string Describe(DataColumn column) => column.Type switch
    {
        ColumnType.Money => $"money, {column.Currency}",
        _ => ValueParser.Describe(column.Type),
    };

    private static string KeyText(DataValue value, string language) =>
        value.Text?.Get(language, language) ?? value.Written.Trim();

    private static bool IsId(string text, bool allowUnderscore) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0])
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || (allowUnderscore && c == '_'));
}
