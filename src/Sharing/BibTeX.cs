using System.Text;

namespace Site.Sharing;

/// <summary>
/// A citation as one BibTeX <c>@online</c> entry (biblatex; classic BibTeX reads it as <c>@misc</c>
/// fields). Text is braced and TeX-escaped: <c>\ { } % &amp; $ # _ ^ ~</c> become commands, so a title
/// holding them stays one balanced field; non-ASCII letters are kept as UTF-8, which biber and
/// modern BibTeX read (the file is UTF-8 without a byte order mark).
/// </summary>
public static class BibTeX
{
    public static string Write(Citation citation)
    {
        var text = new StringBuilder();
        text.Append(citation.IsDataset ? "@dataset{" : "@online{").Append(citation.Key).Append(",\n");
        Field(text, "author", "{" + Escape(citation.Author) + "}"); // an organisation: braced so it is not split into names
        Field(text, "title", Escape(citation.Title));
        Field(text, "organization", Escape(citation.SiteName));
        if (citation.Date is { } date)
        {
            Field(text, "date", date);
            Field(text, "year", date[..4]);
        }
        Field(text, "url", EscapeUrl(citation.Url));
        Field(text, "langid", Localization.LanguageBook.Current.Get(citation.Language).BibTeXLanguage);
        text.Append("}\n");
        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>TeX's special characters as commands; everything else as written.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '\n' or '\r' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    /// <summary>A URL field is read verbatim by biblatex, but braces and % must still balance and not comment out the rest.</summary>
    private static string EscapeUrl(string url) => url.Replace("%", @"\%").Replace("{", "%7B").Replace("}", "%7D");
}
