using Site.Data;
using Site.Localization;

namespace Site.Sharing;

/// <summary>
/// The provenance paragraph under a data page's table: the table's <c>updated</c> date, the SHA-256
/// of its source file (the one provenance.json and the downloads carry) and the CSV's metadata file.
/// Markdown, since a data page's body is ordinary Markdown; every part is a date, a hex digest or an id.
/// </summary>
public static class ProvenanceLine
{
    public static string Markdown(DataTable table, string language, string languagePrefix)
    {
        var words = SharingWords.For(language);
        var updated = table.Updated is null ? "" : $"{words.Updated}{words.Colon}{GeneratedText.For(language).Date(table.Updated)}. ";
        return $"\n{updated}{words.Checksum} (`{table.Source.RelativePath}`){words.Colon}`{TableChecksum.OfFile(table)}` · [{words.Metadata}]({languagePrefix}data/{table.Id}.csv-metadata.json)\n";
    }
}
