using Site.Diagnostics;
using Site.Output;

namespace Site.Build;

/// <summary>The outcome of a build: its diagnostics, the finished files (when it succeeded) and its counts.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    int Pages,
    int Tables,
    int Charts,
    long Milliseconds)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Pages rendered by this build; fewer than <see cref="Pages"/> when a cache had the rest.</summary>
    public int RenderedPages { get; init; }

    /// <summary>The base path the build used (--base-path, else site.yml's base_path, else /).</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The site's origin (--site-url, else site.yml's url); null when neither gives one.</summary>
    public string? SiteUrl { get; init; }
    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Things to do that are not problems: texts waiting for their translation (I18N005).</summary>
    public int Notes => Diagnostics.Count(d => d.Severity == Severity.Note);
}
