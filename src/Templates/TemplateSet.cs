using Scriban;
using Site.Diagnostics;
using Site.Loading;

namespace Site.Templates;

/// <summary>
/// The theme's layouts and partials, each compiled once per build (in parallel) and shared by every
/// page render. Parse errors are reported with the template's path, line and column.
/// </summary>
public sealed class TemplateSet
{
    public const string Extension = ".sbn-html";

    /// <summary>What a template that failed to load or parse renders as: nothing (the build has failed already).</summary>
    private static readonly Template StandIn = Template.Parse("");

    private TemplateSet(Dictionary<string, Template> layouts, Dictionary<string, Template> partials, Dictionary<string, SourceFile> files)
    {
        Layouts = layouts;
        Partials = partials;
        Files = files;
    }

    public IReadOnlyDictionary<string, Template> Layouts { get; }
    public IReadOnlyDictionary<string, Template> Partials { get; }

    /// <summary>Every template's source by the file name Scriban puts in its spans.</summary>
    public IReadOnlyDictionary<string, SourceFile> Files { get; }

    /// <summary>Whether the theme has the layout (layouts/&lt;name&gt;.sbn-html, compiled): what the rest of the build may ask without seeing a Scriban type.</summary>
    public bool HasLayout(string name) => Layouts.ContainsKey(name);

    /// <summary>The names of the compiled layouts.</summary>
    public IEnumerable<string> LayoutNames => Layouts.Keys;

    public static TemplateSet Compile(SourceSet sources, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in sources.Layouts.Concat(sources.Partials)) files[file.FullPath] = file;

        var layouts = CompileAll(sources.Layouts, "layouts/", files, diagnostics);
        var partials = CompileAll(sources.Partials, "partials/", files, diagnostics);
        // A template that exists but could not be read, decoded or parsed is already one error; it stands
        // in as an empty template so that the pages and includes naming it add no follow-on errors.
        foreach (var path in sources.UnreadableTemplates)
        {
            if (!path.EndsWith(Extension, StringComparison.Ordinal)) continue;
            var (folder, set) = path.StartsWith("layouts/", StringComparison.Ordinal) ? ("layouts/", layouts) : ("partials/", partials);
            set.TryAdd(path[folder.Length..^Extension.Length], StandIn);
        }
        return new TemplateSet(layouts, partials, files);
    }

    private static Dictionary<string, Template> CompileAll(IReadOnlyList<SourceFile> sources, string folder, Dictionary<string, SourceFile> files, DiagnosticBag diagnostics)
    {
        var compiled = new Template?[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            var file = sources[i];
            if (!file.RelativePath.EndsWith(Extension, StringComparison.Ordinal)) return;
            var template = Template.Parse(file.Text, file.FullPath);
            if (template.HasErrors)
            {
                TemplateErrors.ReportParse(template.Messages, files, Codes.TPL001, diagnostics);
                compiled[i] = StandIn;
                return;
            }
            compiled[i] = template;
        });

        var byName = new Dictionary<string, Template>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (compiled[i] is not { } template) continue;
            var name = sources[i].RelativePath[folder.Length..^Extension.Length];
            byName[name] = template;
        }
        return byName;
    }
}
