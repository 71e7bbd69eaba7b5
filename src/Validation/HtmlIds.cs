namespace Site.Validation;

/// <summary>Collects the id attributes of a rendered page (headings, footnotes, figures, template ids).</summary>
public static class HtmlIds
{
    public static HashSet<string> Collect(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        while ((position = html.IndexOf(" id=\"", position, StringComparison.Ordinal)) >= 0)
        {
            position += 5;
            var end = html.IndexOf('"', position);
            if (end < 0) break;
            ids.Add(System.Net.WebUtility.HtmlDecode(html[position..end]));
            position = end;
        }
        return ids;
    }
}
