namespace Site.Build.Outputs;

/// <summary>Work an output started in <see cref="GeneratedOutput.Begin"/> and may leave running when the build fails.</summary>
internal static class BackgroundWork
{
    /// <summary>
    /// Returns once <paramref name="work"/> has ended, without throwing: its failure matters only to a build
    /// that goes on to write, where <see cref="GeneratedOutput.Files"/> awaits it and rethrows.
    /// </summary>
    public static void Settle(Task? work)
    {
        if (work is null) return;
        try
        {
            work.Wait();
        }
        catch (AggregateException)
        {
            // Observed here on purpose: a failed build discards the work's files with its staging folder.
        }
    }
}
