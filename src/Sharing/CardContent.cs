using System.Security.Cryptography;
using System.Text;

namespace Site.Sharing;

/// <summary>
/// Everything a social card shows: the site's name, the page's title in its language, and its lead
/// chart's values (the first ```chart block's table and <c>y</c> column, or a data page's table),
/// drawn as bars without labels. <see cref="Key"/> hashes all of it with the renderer's version and
/// the font's and palette's fingerprint: equal keys draw equal bytes, so a card is reused by key.
/// </summary>
public sealed record CardContent(string SiteName, string Title, string Language, IReadOnlyList<double> Bars, int Highlight)
{
    public string Key(string styleFingerprint)
    {
        var text = new StringBuilder();
        text.Append(SocialCard.Version).Append('\u001F').Append(styleFingerprint).Append('\u001F').Append(SiteName).Append('\u001F')
            .Append(Title).Append('\u001F').Append(Language).Append('\u001F').Append(Highlight);
        foreach (var bar in Bars) text.Append('\u001F').Append(bar.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
