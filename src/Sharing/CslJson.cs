using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Sharing;

/// <summary>
/// A citation as CSL-JSON (the input format of citeproc, Zotero and pandoc): an array holding one
/// item of type <c>webpage</c> (or <c>dataset</c>), the author an institution (<c>literal</c>), the
/// date as <c>date-parts</c>. Written by <see cref="Utf8JsonWriter"/>, so every string is JSON-escaped.
/// </summary>
public static class CslJson
{
    public static string Write(Citation citation)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", citation.Key);
            json.WriteString("type", citation.IsDataset ? "dataset" : "webpage");
            json.WriteStartArray("author");
            json.WriteStartObject();
            json.WriteString("literal", citation.Author);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("title", citation.Title);
            json.WriteString("container-title", citation.SiteName);
            if (citation.Date is { } date)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                foreach (var part in date.Split('-')) json.WriteNumberValue(int.Parse(part, System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteString("URL", citation.Url);
            json.WriteString("language", Localization.LanguageBook.Current.Get(citation.Language).CitationLanguage);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }
}
