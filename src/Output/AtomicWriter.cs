namespace Site.Output;

/// <summary>
/// The Write stage for files held in memory. Files go to a fresh folder beside output/ (same file
/// system, so the swap is a rename); only when every file is written is the old output/ replaced.
/// A build that fails, or crashes half-way, leaves the previous output/ byte for byte. A plain build
/// streams its pages into the <see cref="StagingFolder"/> while it renders and commits the rest.
/// </summary>
public static class AtomicWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        using var staging = new StagingFolder(outputDirectory);
        staging.Commit(files);
    }
}
