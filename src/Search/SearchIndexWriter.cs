using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Search;

/// <summary>
/// search-index.json: what the search box loads on first use (never before). Short keys keep it
/// small: k (kind: page, section, row), t (title), u (URL with base path and #anchor), x (text).
/// </summary>
public static class SearchIndexWriter
{
    public static string Write(IEnumerable<SearchEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("k", entry.Kind);
                json.WriteString("t", entry.Title);
                json.WriteString("u", entry.Url);
                json.WriteString("x", entry.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
