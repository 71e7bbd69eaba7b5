using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Data;
using Site.Diagnostics;

namespace Site.Sharing;

/// <summary>
/// Where every table comes from, in files a machine reads:
/// <list type="bullet">
/// <item><c>provenance.json</c> at the site's root: every table with its file, sources, last-updated
/// date, the SHA-256 of its file and of its values, and its downloads.</item>
/// <item><c>data/&lt;id&gt;.csv-metadata.json</c> beside each CSV: its sources and checksum as W3C CSV on
/// the Web metadata (the sidecar a CSVW processor looks for by that name), so the CSV itself stays
/// plain RFC 4180 that a spreadsheet opens without a stray comment row.</item>
/// </list>
/// </summary>
public static class Provenance
{
    public const string FileName = "provenance.json";

    public static string SidecarPath(string languageFolder, string id) => $"{languageFolder}data/{id}.csv-metadata.json";

    public static string Write(IEnumerable<DataTable> tables, IReadOnlyList<string> languages, Func<string, string> languageFolder, string basePath)
    {
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("tables");
            foreach (var table in tables.OrderBy(t => t.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", table.Id);
                json.WriteString("title", table.Title.Get(languages[0], languages[0]));
                json.WriteString("file", table.Source.RelativePath);
                if (table.Updated is not null) json.WriteString("updated", table.Updated);
                json.WriteString("sha256", TableChecksum.OfFile(table));
                json.WriteString("valuesSha256", TableChecksum.OfValues(table, languages));
                WriteSources(json, table);
                json.WriteStartArray("downloads");
                foreach (var language in languages)
                foreach (var extension in new[] { "csv", "json" })
                    json.WriteStringValue($"{basePath}{languageFolder(language)}data/{table.Id}.{extension}");
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The CSVW sidecar of one CSV download: its title, sources, date and checksum in Dublin Core and PROV terms.</summary>
    public static string Sidecar(DataTable table, string language)
    {
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("@context");
            json.WriteStringValue("http://www.w3.org/ns/csvw");
            json.WriteStartObject();
            json.WriteString("@language", language);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("url", table.Id + ".csv");
            json.WriteString("dc:title", table.Title.Get(language, table.Title.DefaultLanguage));
            if (table.Updated is not null) json.WriteString("dc:modified", table.Updated);
            json.WriteStartArray("dc:source");
            foreach (var source in table.Sources)
                json.WriteStringValue(string.Join(", ", new[] { source.Title.Get(language, source.Title.DefaultLanguage), source.Publisher?.Get(language, source.Publisher.DefaultLanguage), source.Date, source.Url }.Where(p => p is not null)));
            json.WriteEndArray();
            json.WriteStartObject("prov:wasDerivedFrom");
            json.WriteString("dc:identifier", table.Source.RelativePath);
            json.WriteString("sha256", TableChecksum.OfFile(table));
            json.WriteEndObject();
            json.WriteStartObject("dialect");
            json.WriteBoolean("header", true);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteSources(Utf8JsonWriter json, DataTable table)
    {
        json.WriteStartArray("sources");
        foreach (var source in table.Sources)
        {
            json.WriteStartObject();
            // provenance.json is one file for every language: a source in the site's default language.
            json.WriteString("title", source.Title.Get(source.Title.DefaultLanguage, source.Title.DefaultLanguage));
            if (source.Publisher is not null) json.WriteString("publisher", source.Publisher.Get(source.Publisher.DefaultLanguage, source.Publisher.DefaultLanguage));
            if (source.Date is not null) json.WriteString("date", source.Date);
            if (source.Url is not null) json.WriteString("url", source.Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(json);
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>
    /// DATA003: a table whose values differ from those the previous build published (its
    /// provenance.json in the output folder this build replaces) while its <c>updated</c> date is
    /// the same. Nothing is compared when there is no previous provenance.json (a first build, a
    /// fresh clone, CI) or it cannot be read: the check is a reminder to the editor who builds
    /// locally, not a guarantee (see docs/content-format.md, "Provenance").
    /// </summary>
    public static void CheckUpdatedDates(string outputDirectory, IEnumerable<DataTable> tables, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var previous = ReadPrevious(Path.Combine(outputDirectory, FileName));
        if (previous is null) return;
        foreach (var table in tables)
        {
            if (!previous.TryGetValue(table.Id, out var before) || before.Values == TableChecksum.OfValues(table, languages) || before.Updated != table.Updated) continue;
            var at = table.UpdatedLocation ?? table.Source.At(1, 1);
            diagnostics.Report(at, Codes.DATA003, table.Updated is null
                ? "the table's values changed since the last build, and it has no 'updated' date: add 'updated: YYYY-MM-DD' with today's date"
                : $"the table's values changed since the last build, but its 'updated' date is still {table.Updated}: set it to the date of this change");
        }
    }

    private static Dictionary<string, (string? Updated, string? Values)>? ReadPrevious(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var result = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
            foreach (var table in document.RootElement.GetProperty("tables").EnumerateArray())
            {
                var id = table.GetProperty("id").GetString();
                if (id is null) continue;
                result[id] = (table.TryGetProperty("updated", out var updated) ? updated.GetString() : null,
                    table.TryGetProperty("valuesSha256", out var values) ? values.GetString() : null);
            }
            return result;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null; // an unreadable or foreign file: nothing to compare with
        }
    }
}
