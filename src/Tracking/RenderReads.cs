namespace Site.Tracking;

/// <summary>
/// What a finished render read, kept with it in the cache: tables and pages (by digest of their
/// text) and model values (null when they could not all be recorded: the render is then never reused).
/// </summary>
public sealed record RenderReads(
    IReadOnlyDictionary<string, string> Tables,
    IReadOnlyDictionary<string, string> Pages,
    IReadOnlyList<ModelRead>? Model);
