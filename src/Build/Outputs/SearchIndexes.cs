using Site.Output;
using Site.Search;

namespace Site.Build.Outputs;

/// <summary>Each language's search index (/search-index.json, /fr/search-index.json): its pages' text and every table row.</summary>
internal sealed class SearchIndexes : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) => build.Languages.All.Select(lang => build.Languages.Folder(lang) + "search-index.json");

    public override IEnumerable<OutputFile> Files(BuildContext build)
    {
        foreach (var lang in build.Languages.All)
        {
            var inLanguage = build.PagesOf[lang];
            // Streamed into the index as bytes: a big table's rows are never all held as entries or as one string.
            var entries = SearchEntries.Enumerate(inLanguage.Select(i => build.Pages[i]).ToList(), inLanguage.Select(i => build.Bodies[i].Result).ToList(),
                build.Tables.Values, build.BasePath, lang, build.Language, build.Languages.Folder(lang));
            yield return new OutputFile(build.Languages.Folder(lang) + "search-index.json", SearchIndexWriter.WriteBytes(entries), null);
        }
    }
}
