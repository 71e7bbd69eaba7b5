using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Content;
using Site.Diagnostics;
using Site.Rendering;

namespace Site.Templates;

/// <summary>
/// Renders with the compiled templates: page bodies (Markdown may hold Scriban expressions, so a
/// figure is typed once, in its table) and layouts (a page's layout, then the base layout around it).
/// Safe to call from many threads: every call has its own context over shared read-only globals.
/// </summary>
public sealed class TemplateRenderer
{
    public const string BaseLayout = "base";

    private readonly TemplateSet _templates;
    private readonly ScriptObject _globals;
    private readonly IReadOnlyDictionary<string, SourceFile> _files;
    private readonly ThemeTemplateLoader _loader;

    /// <summary>The globals every render of this renderer reads (the cache replays recorded reads against them).</summary>
    public ScriptObject Globals => _globals;

    public TemplateRenderer(TemplateSet templates, ScriptObject globals, IReadOnlyDictionary<string, SourceFile> files)
    {
        _templates = templates;
        _globals = globals;
        _files = files;
        _loader = new ThemeTemplateLoader(templates.Partials);
    }

    /// <summary>Expands <c>{{ … }}</c> in a page body; the body itself is returned when it has none.</summary>
    public string? ExpandBody(Page page, ScriptObject pageModel, PageScope scope)
    {
        if (!page.Body.Contains("{{", StringComparison.Ordinal)) return page.Body;
        var template = Template.Parse(page.Body, page.Source.FullPath);
        if (template.HasErrors)
        {
            TemplateErrors.ReportParse(template.Messages, _files, "PAGE020", scope.Diagnostics);
            return null;
        }
        return Render(template, pageModel, content: null, "PAGE020", scope);
    }

    /// <summary>The page's layout, then the base layout with the result as <c>content</c>.</summary>
    public string? RenderPage(Page page, ScriptObject pageModel, PageScope scope)
    {
        if (!_templates.Layouts.TryGetValue(page.Layout, out var layout)) return null; // reported by validation
        var inner = Render(layout, pageModel, content: null, "TPL002", scope);
        if (!_templates.Layouts.TryGetValue(BaseLayout, out var baseLayout)) return inner;
        // The base layout runs even when the inner one failed, so one build reports the errors of both.
        var full = Render(baseLayout, pageModel, inner ?? "", "TPL002", scope);
        return inner is null ? null : full;
    }

    /// <summary>
    /// The text a render writes, one per thread, kept between renders: a page's HTML grew a fresh
    /// StringBuilder chunk by chunk in every render (two or three a page, the base layout's as long as
    /// the page), which was a tenth of the layouts' samples at 1,000 pages. Taken while a render runs,
    /// so a render inside a render gets its own.
    /// </summary>
    [ThreadStatic] private static StringBuilder? _spareOutput;

    /// <summary>Past this size a builder is not kept: one huge page must not hold its memory for the rest of the build.</summary>
    private const int KeptOutputChars = 1 << 20;

    private string? Render(Template template, ScriptObject pageModel, string? content, string code, PageScope scope)
    {
        var output = _spareOutput ?? new StringBuilder(16 * 1024);
        _spareOutput = null;
        try
        {
            return Render(template, pageModel, content, code, scope, output);
        }
        finally
        {
            output.Clear();
            if (output.Capacity <= KeptOutputChars) _spareOutput = output;
        }
    }

    private string? Render(Template template, ScriptObject pageModel, string? content, string code, PageScope scope, StringBuilder output)
    {
        var context = new SiteTemplateContext(_files, scope) { TemplateLoader = _loader };
        context.PushOutput(new StringBuilderOutput(output));
        // What the template reads of site, data and page is noted as it reads it (the cache key).
        if (scope.Reads.Recording) ModelReads.Start(scope.Reads, ModelReads.Roots(_globals, pageModel));
        foreach (var (name, partial) in _templates.Partials) context.CachedTemplates[name] = partial;
        context.PushGlobal(_globals);
        var locals = new ScriptObject { ["page"] = pageModel, ["content"] = content };
        context.PushGlobal(locals);

        var errorsBefore = scope.Diagnostics.ErrorCount;
        try
        {
            var result = template.Render(context);
            return scope.Diagnostics.ErrorCount > errorsBefore ? null : result;
        }
        catch (ScriptRuntimeException exception) when (FindBug(exception) is null)
        {
            TemplateErrors.ReportRuntime(exception, context, code);
            return null;
        }
        catch (ScriptRuntimeException exception)
        {
            // A bug of ours inside a template function: not the author's error (see TemplateFunctionBug).
            throw FindBug(exception)!;
        }
    }

    private static TemplateFunctionBug? FindBug(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is TemplateFunctionBug bug) return bug;
        return null;
    }
}
