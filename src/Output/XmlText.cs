using System.Text;
using System.Xml;

namespace Site.Output;

/// <summary>
/// feed.xml and sitemap.xml are written by <see cref="XmlWriter"/>, which escapes every value where it
/// lands (text or attribute) and refuses a character XML 1.0 forbids. Such characters are reported
/// where the content wrote them long before (src/Yaml/ForbiddenCharacters.cs), so one reaching the
/// writer is a bug in the generator (exit 3), never a file that a feed reader cannot load.
/// Layout (one element a line, two spaces an indent) is written as whitespace, so the files read
/// the same in any culture and on any platform.
/// </summary>
internal static class XmlText
{
    private static readonly XmlWriterSettings Settings = new()
    {
        OmitXmlDeclaration = true, // written by Write, with the encoding the bytes are in
        Indent = false,
        NewLineHandling = NewLineHandling.Replace,
        NewLineChars = "\n",
        CheckCharacters = true,
        ConformanceLevel = ConformanceLevel.Document,
    };

    public static string Write(string declaration, Action<XmlWriter> write)
    {
        var text = new StringBuilder(declaration);
        using (var xml = XmlWriter.Create(text, Settings)) write(xml);
        return text.Append('\n').ToString();
    }
}
