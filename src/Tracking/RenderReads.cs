namespace Site.Tracking;

/// <summary>
/// What a finished render read, kept with it in the cache: tables and pages (by digest of their
/// text) and model values (null when they could not all be recorded: the render is then never reused).
/// </summary>
public sealed record RenderReads(
    IReadOnlyDictionary<string, string> Tables,
    IReadOnlyDictionary<string, string> Pages,
    IReadOnlyList<ModelRead>? Model)
{
    /// <summary>What a build that keeps no cache keeps of a render's reads: nothing, as it is never reused (no model reads).</summary>
    public static RenderReads Never { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>(), null);
}
