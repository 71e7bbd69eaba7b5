using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Content;
using Site.Diagnostics;
using Site.Tracking;

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
        var body = page.Body;
        if (!body.Contains("{{", StringComparison.Ordinal)) return body;
        var template = Template.Parse(body, page.Source.FullPath);
        if (template.HasErrors)
        {
            TemplateErrors.ReportParse(template.Messages, _files, Codes.PAGE020, scope.Diagnostics);
            return null;
        }
        return Render(template, pageModel, content: null, Codes.PAGE020, scope);
    }

    /// <summary>The page's layout, then the base layout with the result as <c>content</c>.</summary>
    public string? RenderPage(Page page, ScriptObject pageModel, PageScope scope)
    {
        if (!_templates.Layouts.TryGetValue(page.Layout, out var layout)) return null; // reported by validation
        var inner = Render(layout, pageModel, content: null, Codes.TPL002, scope);
        if (!_templates.Layouts.TryGetValue(BaseLayout, out var baseLayout)) return inner;
        // The base layout runs even when the inner one failed, so one build reports the errors of both.
        var full = Render(baseLayout, pageModel, inner ?? "", Codes.TPL002, scope);
        return inner is null ? null : full;
    }

    /// <summary>One layout alone, without the base layout around it (a chart's embed page: no header, menu or footer); null when it failed or is missing.</summary>
    public string? RenderAlone(string layoutName, ScriptObject pageModel, PageScope scope) =>
        _templates.Layouts.TryGetValue(layoutName, out var layout) ? Render(layout, pageModel, content: null, Codes.TPL002, scope) : null;

    /// <summary>
    /// A context per thread, kept between renders. A new Scriban context cost more than most renders
    /// allocate: its constructor makes 65 argument arrays, a dozen stacks and an output StringBuilder,
    /// and a page's output then grew that builder chunk by chunk (at 1,000 pages, a third of the
    /// layouts' allocations). A render that completes leaves Scriban's stacks as it found them, and
    /// Template.Render empties the output; a context is kept only then (never after an exception), and
    /// only while its output buffer is of a page's size. Taken while a render runs, so a render
    /// inside a render gets its own.
    /// </summary>
    private readonly ThreadLocal<SiteTemplateContext?> _spareContext = new();

    /// <summary>Past this size an output buffer is not kept: one huge page must not hold its memory for the rest of the build.</summary>
    private const int KeptOutputChars = 1 << 20;

    private string? Render(Template template, ScriptObject pageModel, string? content, DiagnosticCode code, PageScope scope)
    {
        var context = _spareContext.Value ?? NewContext();
        _spareContext.Value = null;
        context.Begin(scope);
        var result = Render(context, template, pageModel, content, code, scope, out var completed);
        if (completed && context.OutputCount == 1 && context.Output is StringBuilderOutput { Builder.Capacity: <= KeptOutputChars })
        {
            // Back to the context as it was made: our two globals popped, the builtins left.
            context.PopGlobal();
            context.PopGlobal();
            _spareContext.Value = context;
        }
        return result;
    }

    private SiteTemplateContext NewContext()
    {
        var context = new SiteTemplateContext(_files) { TemplateLoader = _loader };
        foreach (var (name, partial) in _templates.Partials) context.CachedTemplates[name] = partial;
        return context;
    }

    private string? Render(SiteTemplateContext context, Template template, ScriptObject pageModel, string? content, DiagnosticCode code, PageScope scope, out bool completed)
    {
        completed = false;
        // What the template reads of site, data and page is noted as it reads it (the cache key).
        if (scope.Reads.Recording) ModelReads.Start(scope.Reads, ModelReads.Roots(_globals, pageModel));
        context.PushGlobal(_globals);
        var locals = new ScriptObject { ["page"] = pageModel, ["content"] = content };
        context.PushGlobal(locals);

        var errorsBefore = scope.Diagnostics.ErrorCount;
        try
        {
            var result = template.Render(context);
            completed = true;
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
