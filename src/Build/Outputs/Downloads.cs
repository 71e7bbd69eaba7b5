using Site.Data;
using Site.Output;
using Site.Sharing;

namespace Site.Build.Outputs;

/// <summary>Every table's CSV and JSON per language (the same values, headers and labels in that language) and the CSV's metadata (CSVW).</summary>
internal sealed class Downloads : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) =>
        build.Languages.All.SelectMany(lang => build.Tables.Keys.SelectMany(id => new[]
        {
            $"{build.Languages.Folder(lang)}data/{id}.csv", $"{build.Languages.Folder(lang)}data/{id}.json", Provenance.SidecarPath(build.Languages.Folder(lang), id),
        }));

    public override IEnumerable<OutputFile> Files(BuildContext build)
    {
        foreach (var lang in build.Languages.All)
        foreach (var table in build.Tables.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var folder = build.Languages.Folder(lang);
            // Bytes, not strings: a 200,000-row table's downloads are never held twice.
            yield return new OutputFile($"{folder}data/{table.Id}.csv", DataExport.CsvBytes(table, lang), null);
            yield return new OutputFile($"{folder}data/{table.Id}.json", DataExport.JsonBytes(table, lang), null);
            yield return OutputFile.Text(Provenance.SidecarPath(folder, table.Id), Provenance.Sidecar(table, lang));
        }
    }
}
