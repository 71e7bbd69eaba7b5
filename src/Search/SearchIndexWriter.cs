using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Search;

/// <summary>
/// search-index.json: what the search box loads on first use (never before). Short keys keep it
/// small: k (kind: page, section, row), t (title), u (URL with base path and #anchor), x (text).
/// </summary>
public static class SearchIndexWriter
{
    public static string Write(IEnumerable<SearchEntry> entries) => System.Text.Encoding.UTF8.GetString(WriteBytes(entries));

    /// <summary>The file's UTF-8 bytes, with no string between: a big table's rows make an index of tens of MB.</summary>
    public static byte[] WriteBytes(IEnumerable<SearchEntry> entries)
    {
        var buffer = new Data.ChunkedBuffer();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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
        return buffer.ToArray((byte)'\n');
    }
}
