using Site.Output;

namespace Site.Build.Outputs;

/// <summary>
/// Each page's and table's citation downloads (BibTeX, CSL-JSON, RIS), planned with the pages' sharing.
/// A plain build writes them into its staging folder while the layouts render, as the cards are: at
/// 5,000 pages they are 15,000 files, which were held as bytes until the Write stage and written at the
/// commit, after the last layout. Written meanwhile, the end of that build went from 160–390 ms to 3–16 ms
/// (<c>--timings</c>, "writing"); its peak memory did not move (docs/performance.md).
/// </summary>
internal sealed class Citations : GeneratedOutput
{
    private Task<List<OutputFile>>? _writing;

    public override IEnumerable<string> Paths(BuildContext build) => build.Sharing.CitationFileNames();

    public override void Begin(BuildContext build)
    {
        if (build.Staging is { } staging)
            _writing = Task.Run(() => build.Sharing.CitationFiles().Select(file => staging.WriteFile(file.RelativePath, file.Content!)).ToList());
    }

    public override void Settle() => BackgroundWork.Settle(_writing);

    public override IEnumerable<OutputFile> Files(BuildContext build) => _writing?.GetAwaiter().GetResult() ?? build.Sharing.CitationFiles();
}
