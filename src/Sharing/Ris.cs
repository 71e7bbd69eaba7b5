using System.Text;

namespace Site.Sharing;

/// <summary>
/// A citation as one RIS record (the tagged format of reference managers: <c>TY  - ELEC</c> …
/// <c>ER  - </c>). Each tag is two capitals, two spaces, a dash and a space; a value is one line,
/// so line breaks in a title become spaces. Lines end in CRLF, as the format's specification asks.
/// </summary>
public static class Ris
{
    public static string Write(Citation citation)
    {
        var text = new StringBuilder();
        Tag(text, "TY", citation.IsDataset ? "DATA" : "ELEC");
        Tag(text, "ID", citation.Key);
        Tag(text, "AU", citation.Author);
        Tag(text, "TI", citation.Title);
        Tag(text, "T2", citation.SiteName);
        if (citation.Date is { } date)
        {
            Tag(text, "PY", date[..4]);
            // RIS dates are YYYY/MM/DD/ with empty parts left empty.
            var parts = date.Split('-');
            Tag(text, "DA", $"{parts[0]}/{(parts.Length > 1 ? parts[1] : "")}/{(parts.Length > 2 ? parts[2] : "")}/");
        }
        Tag(text, "UR", citation.Url);
        Tag(text, "LA", citation.Language);
        text.Append("ER  - \r\n");
        return text.ToString();
    }

    private static void Tag(StringBuilder text, string tag, string value) =>
        text.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");

    private static string OneLine(string value) => value.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Trim();
}
