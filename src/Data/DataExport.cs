using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Data;

/// <summary>
/// Every data table is published as CSV (for spreadsheets: machine-readable values, the same in every
/// language, under headers in the page's language with the unit) and as JSON (typed: kind, approximate,
/// low, high as JSON numbers; labels, text cells and each value's display text in the language), at
/// stable URLs /data/&lt;id&gt;.csv and /data/&lt;id&gt;.json (one pair per language; see docs/content-format.md, "Downloads").
/// </summary>
public static class DataExport
{
    public static string Csv(DataTable table, string language) => Encoding.UTF8.GetString(CsvBytes(table, language));

    /// <summary>The CSV download as the UTF-8 bytes of its file, field by field into <see cref="ChunkedBuffer"/> (no whole-file string).</summary>
    public static byte[] CsvBytes(DataTable table, string language)
    {
        var csv = new ChunkedBuffer();
        var first = true;
        foreach (var header in CsvHeaders(table, language))
        {
            if (!first) csv.Write(",");
            csv.Write(Field(header));
            first = false;
        }
        csv.Write("\r\n");
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                if (i > 0) csv.Write(",");
                csv.Write(Field(ValueFormatter.MachineText(row.Cells[column.Id], column, language)));
                // A per-row currency column is two fields: the number (in the column's scale) and its currency.
                if (column.CurrencyPerRow)
                {
                    csv.Write(",");
                    csv.Write(Field(ValueFormatter.MachineCurrency(row.Cells[column.Id], column)));
                }
            }
            csv.Write("\r\n");
        }
        return csv.ToArray();
    }

    /// <summary>
    /// The CSV's header fields in a language: each column's label with its unit ("Budget (US$ billions)");
    /// a per-row currency column is two fields, the number in the column's scale and its currency
    /// ("Amount (billions)", "Amount (currency)"; French "Montant (milliards)", "Montant (devise)").
    /// </summary>
    public static IEnumerable<string> CsvHeaders(DataTable table, string language) => table.Columns.SelectMany(c =>
    {
        var label = c.Label.Get(language, language);
        var words = Localization.ValueWords.For(language);
        if (c.CurrencyPerRow) return [label + (c.Scale == Scale.One ? "" : $" ({words.QuantityHeader((int)c.Scale, null)})"), label + $" ({words.CurrencyField})"];
        var unit = ValueFormatter.HeaderUnit(c, language);
        return new[] { label + (unit is null ? "" : $" ({unit})") };
    });

    /// <summary>
    /// RFC 4180: quote a field that holds a comma, quote or line break; double its quotes. A field
    /// that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
    /// apostrophe, as OWASP advises, unless it is a plain number such as -1.5.
    /// </summary>
    internal static string Field(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(text)) text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }

    private static bool IsPlainNumber(string text) =>
        text.Length > 1 && text[1..].TrimEnd('%').All(c => char.IsAsciiDigit(c) || c is '.' or ',') && char.IsAsciiDigit(text[1]);

    public static string Json(DataTable table, string language) => Encoding.UTF8.GetString(JsonBytes(table, language));

    /// <summary>
    /// The JSON download as the UTF-8 bytes of its file, written once, in chunks (see <see cref="ChunkedBuffer"/>): a
    /// 200,000-row table's JSON is about 95 MB, and going through a string (decode, line endings,
    /// final newline, encode again) held five copies of it at once (docs/performance.md, "Memory").
    /// Lines end in \n on every system, as the string's did.
    /// </summary>
    public static byte[] JsonBytes(DataTable table, string language)
    {
        var buffer = new ChunkedBuffer();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("id", table.Id);
            json.WriteString("title", table.Title.Get(language, language));
            if (table.Notes is not null) json.WriteString("notes", table.Notes.Get(language, language));
            json.WriteStartArray("sources");
            foreach (var source in table.Sources)
            {
                json.WriteStartObject();
                json.WriteString("title", source.Title.Get(language, source.Title.DefaultLanguage));
                if (source.Publisher is not null) json.WriteString("publisher", source.Publisher.Get(language, source.Publisher.DefaultLanguage));
                if (source.Date is not null) json.WriteString("date", source.Date);
                if (source.Url is not null) json.WriteString("url", source.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            // Provenance (docs/content-format.md, "Provenance"): the table's date and the SHA-256 of its file.
            if (table.Updated is not null) json.WriteString("updated", table.Updated);
            json.WriteString("sha256", TableChecksum.OfFile(table));
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("id", column.Id);
                json.WriteString("label", column.Label.Get(language, language));
                json.WriteString("type", ValueParser.Describe(column.Type));
                if (column.Unit is not null) json.WriteString("unit", column.Unit.Get(language, language));
                if (column.Currency is not null) json.WriteString("currency", column.Currency);
                if (column.Scale != Scale.One) json.WriteString("scale", column.Scale.ToString().ToLowerInvariant());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                foreach (var column in table.Columns) WriteValue(json, column, row.Cells[column.Id], language);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray((byte)'\n');
    }

    private static void WriteValue(Utf8JsonWriter json, DataColumn column, DataValue value, string language)
    {
        json.WritePropertyName(column.Id);
        if (value.Kind == ValueKind.Text)
        {
            json.WriteStringValue(value.Text!.Get(language, language));
            return;
        }
        json.WriteStartObject();
        json.WriteString("text", ValueFormatter.PlainText(value, column, language, prose: false));
        json.WriteString("kind", value.Kind switch
        {
            ValueKind.Exact => "exact",
            ValueKind.LowerBound => "lower-bound",
            ValueKind.UpperBound => "upper-bound",
            ValueKind.Range => "range",
            _ => "not-applicable",
        });
        // "over 500,000": the value is above the bound, not at it (a "5,000+" bound includes it).
        if (value.Kind == ValueKind.LowerBound && value.Strict) json.WriteBoolean("exclusive", true);
        if (value.IsNumber)
        {
            json.WriteBoolean("approximate", value.Approximate);
            json.WriteNumber("low", value.Low);
            json.WriteNumber("high", value.High);
            // A per-row currency cell's currency, beside its number: an ISO code, or null where the source names none.
            if (column.CurrencyPerRow)
            {
                var currency = ValueFormatter.MachineCurrency(value, column);
                if (currency.Length == 0) json.WriteNull("currency");
                else json.WriteString("currency", currency);
            }
        }
        json.WriteEndObject();
    }
}
