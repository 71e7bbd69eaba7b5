using Site.Output;

namespace Site.Build.Outputs;

/// <summary>
/// Each page's social card (1200×630 PNG). Cards are drawn, or reused from the output this build
/// replaces, while the layouts render; a plain build writes each into its staging folder as it is drawn.
/// </summary>
internal sealed class Cards : GeneratedOutput
{
    private Task<List<OutputFile>>? _drawing;

    public override IEnumerable<string> Paths(BuildContext build) => build.Sharing.CardFileNames();

    public override bool Linkable => false;

    public override void Begin(BuildContext build) =>
        _drawing = Task.Run(() => build.Sharing.Cards(build.Staging is null ? null : Path.GetFullPath(build.Options.OutputDirectory), build.Staging));

    public override void Settle() => BackgroundWork.Settle(_drawing);

    public override IEnumerable<OutputFile> Files(BuildContext build) => _drawing?.GetAwaiter().GetResult() ?? [];
}
