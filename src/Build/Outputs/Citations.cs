using Site.Output;

namespace Site.Build.Outputs;

/// <summary>Each page's and table's citation downloads (BibTeX, CSL-JSON, RIS), planned with the pages' sharing.</summary>
internal sealed class Citations : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) => build.Sharing.CitationFileNames();

    public override IEnumerable<OutputFile> Files(BuildContext build) => build.Sharing.CitationFiles();
}
