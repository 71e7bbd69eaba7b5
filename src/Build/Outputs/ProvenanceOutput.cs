using Site.Output;
using Site.Sharing;

namespace Site.Build.Outputs;

/// <summary>provenance.json: every table with its sources, checksum and last-updated date.</summary>
internal sealed class ProvenanceOutput : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) => [Provenance.FileName];

    public override IEnumerable<OutputFile> Files(BuildContext build) =>
        [OutputFile.Text(Provenance.FileName, Provenance.Write(build.Tables.Values, build.Languages.All, build.Languages.Folder, build.BasePath))];
}
