using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Localization;

namespace Site.Validation;

/// <summary>
/// Text written per language (<c>{ en: …, fr: … }</c>) in site.yml and the data tables must have
/// every declared language: a missing one is a warning at the map, naming the key, the file and the
/// language (I18N004); that language's pages show the default language's text. Text written once
/// (a plain string: a name, a number's unit) is the same in every language and is not checked.
/// </summary>
public static class LocalizedTextCheck
{
    public static void Check(SiteConfig config, IEnumerable<DataTable> tables, SiteLanguages languages, DiagnosticBag diagnostics)
    {
        if (!languages.IsMultilingual) return;
        var texts = new List<LocalizedText?> { config.Title, config.Description };
        foreach (var table in tables)
        {
            texts.Add(table.Title);
            texts.Add(table.Description);
            texts.Add(table.Notes);
            foreach (var column in table.Columns)
            {
                texts.Add(column.Label);
                texts.Add(column.Note);
            }
            foreach (var row in table.Rows)
                texts.AddRange(row.Cells.Values.Select(v => v.Text));
        }
        foreach (var text in texts.OfType<LocalizedText>().Where(t => t.IsPerLanguage))
        {
            foreach (var language in languages.All.Where(l => !text.Languages.Contains(l)))
                diagnostics.Report(text.Location!.Value, Codes.I18N004,
                    $"'{text.What}' has no '{language}' text: add '{language}: …' beside '{languages.Default}:'; pages in '{language}' show the '{languages.Default}' text");
        }
    }
}
