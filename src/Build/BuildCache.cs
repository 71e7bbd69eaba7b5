using System.Collections.Concurrent;
using Site.Diagnostics;
using Site.Markdown;
using Site.Tracking;
using Site.Validation;

namespace Site.Build;

/// <summary>
/// What one build can hand to the next (the preview server keeps one): parsed files by their text,
/// and rendered pages by a key of everything they depend on. An entry is reused only when that key
/// is unchanged, with the diagnostics it produced, so a cached build reports exactly what a fresh
/// one would. A plain `build` passes no cache and renders everything.
/// </summary>
public sealed class BuildCache
{
    public sealed record Parsed(string Text, object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>A page body (figures, Markdown, embeds, links), valid while its key and everything it read are unchanged.</summary>
    public sealed record Body(string Key, RenderReads Read, MarkdownResult? Result,
        IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<AnchorCheck> Anchors);

    /// <summary>A page through its layouts, with the ids of its elements (for the anchor check) and the URLs it references (for the output's link check).</summary>
    public sealed record Layout(string Key, RenderReads Read, string? Html, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> Ids,
        IReadOnlyList<Reference> References);

    public ConcurrentDictionary<string, Parsed> ParsedFiles { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, Body> Bodies { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, Layout> Layouts { get; } = new(StringComparer.Ordinal);

    /// <summary>The last successful build (its context) (see <see cref="PageFirst"/>), else null.</summary>
    internal BuildContext? Last { get; set; }

    /// <summary>Parses a file, or returns the previous result (and re-reports its diagnostics) when its text is unchanged.</summary>
    public T? Parse<T>(SourceFile file, string language, Func<SourceFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics) where T : class
    {
        // The default language changes how localized text is read: it is part of the key.
        var key = language + "\n" + file.FullPath;
        if (ParsedFiles.TryGetValue(key, out var cached) && cached.Text == file.Text && cached.Value is T or null)
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Value as T;
        }
        var own = new DiagnosticBag();
        var value = parse(file, own);
        var produced = own.Sorted();
        ParsedFiles[key] = new Parsed(file.Text, value, produced);
        diagnostics.AddRange(produced);
        return value;
    }

    /// <summary>Forgets pages that no longer exist, so a long preview session does not grow.</summary>
    public void KeepOnly(IEnumerable<string> urls, IEnumerable<string> sourcePaths)
    {
        var files = new HashSet<string>(sourcePaths, StringComparer.Ordinal);
        foreach (var key in ParsedFiles.Keys.Where(k => !files.Contains(k[(k.IndexOf('\n') + 1)..])).ToList()) ParsedFiles.TryRemove(key, out _);
        var keep = new HashSet<string>(urls, StringComparer.Ordinal);
        foreach (var url in Bodies.Keys.Where(u => !keep.Contains(u)).ToList()) Bodies.TryRemove(url, out _);
        foreach (var url in Layouts.Keys.Where(u => !keep.Contains(u)).ToList()) Layouts.TryRemove(url, out _);
    }
}
