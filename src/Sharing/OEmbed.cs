using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Sharing;

/// <summary>
/// The static oEmbed response of one chart embed (oEmbed 1.0, type <c>rich</c>): a consumer that finds
/// it through the discovery <c>&lt;link rel="alternate" type="application/json+oembed"&gt;</c> pastes
/// its <c>html</c> (the same iframe and resize script as the Embed panel's). Every URL in it is
/// absolute, as oEmbed requires, so it is written only when the site's address is known.
/// Written by <see cref="Utf8JsonWriter"/>: every string is JSON-escaped.
/// </summary>
public static class OEmbed
{
    /// <summary>The frame's width a consumer is told; the snippet itself fills its column (width 100%).</summary>
    public const int Width = 720;

    /// <param name="thumbnailUrl">The embed's social card (absolute), or null: oEmbed wants its width and height with it.</param>
    public static string Write(string title, string providerName, string providerUrl, string authorName, string html, int height, string? thumbnailUrl)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("type", "rich");
            json.WriteString("version", "1.0");
            json.WriteString("title", title);
            json.WriteString("author_name", authorName);
            json.WriteString("provider_name", providerName);
            json.WriteString("provider_url", providerUrl);
            json.WriteString("html", html);
            json.WriteNumber("width", Width);
            json.WriteNumber("height", height);
            if (thumbnailUrl is not null)
            {
                json.WriteString("thumbnail_url", thumbnailUrl);
                json.WriteNumber("thumbnail_width", SocialCard.Width);
                json.WriteNumber("thumbnail_height", SocialCard.Height);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }
}
