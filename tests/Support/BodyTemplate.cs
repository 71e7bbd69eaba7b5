using Scriban.Runtime;
using Site.Content;
using Site.Diagnostics;
using Site.Loading;
using Site.Templates;
using Site.Tracking;

namespace Site.Tests.Support;

/// <summary>Runs the template code of one page body (input/index.md, its front matter three lines) with the sandbox's builtins.</summary>
public static class BodyTemplate
{
    /// <returns>The expanded body, trimmed (null when the render failed), and the render's diagnostics.</returns>
    public static (string? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(string body, ScriptObject globals, ScriptObject? page = null, bool recordReads = false)
    {
        var source = new SourceFile("/site/input/index.md", "input/index.md", "index.md", "---\ntitle: Home\n---\n" + body);
        var diagnostics = new DiagnosticBag();
        var parsed = PageParser.Parse(source, "en", diagnostics)!;
        var templates = TemplateSet.Compile(new SourceSet(null, [source], [], [], [], [], [], []), diagnostics);
        var renderer = new TemplateRenderer(templates, globals, new Dictionary<string, SourceFile> { [source.FullPath] = source });
        var scope = new PageScope(recordReads);
        var output = renderer.ExpandBody(parsed, page ?? new ScriptObject { ["title"] = "Home" }, scope);
        return (output?.Trim(), scope.Diagnostics.Sorted());
    }
}
