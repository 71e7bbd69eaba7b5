using Site.Content;
using Site.Sharing;

namespace Site.Build.Outputs;

/// <summary>/data/ and a page per table in every language, each table followed by its provenance line.</summary>
internal sealed class DataPagesOutput : GeneratedOutput
{
    public override IEnumerable<Page> Pages(BuildContext build) =>
        build.Languages.All.SelectMany(lang => DataPages.Create(build.Tables.Values.ToList(), lang, build.Language, build.Languages.Folder(lang),
                build.Words(lang, "data_title", "Data"), build.Words(lang, "data_description", "Every data table of the site."),
                table => ProvenanceLine.Markdown(table, lang, "/" + build.Languages.Folder(lang))))
            // A theme without a "data" layout shows them with its "page" layout.
            .Select(p => build.Templates.HasLayout(p.Layout) ? p : p with { Layout = "page" });
}
