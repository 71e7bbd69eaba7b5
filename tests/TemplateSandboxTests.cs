using Scriban.Runtime;
using Site.Content;
using Site.Diagnostics;
using Site.Loading;
using Site.Tracking;
using Site.Templates;
using Xunit;

namespace Site.Tests;

/// <summary>Templates run sandboxed, and our own bugs are ours: not the template author's.</summary>
public sealed class TemplateSandboxTests
{
    private static (TemplateRenderer Renderer, Page Page, ScriptObject Model) Setup(string body, ScriptObject? extra = null)
    {
        var source = new SourceFile("/site/input/index.md", "input/index.md", "index.md", "---\ntitle: Home\n---\n" + body);
        var diagnostics = new DiagnosticBag();
        var page = PageParser.Parse(source, "en", diagnostics)!;
        var sources = new SourceSet(null, [source], [], [], [], [], [], []);
        var templates = TemplateSet.Compile(sources, diagnostics);
        var globals = extra ?? new ScriptObject();
        var files = new Dictionary<string, SourceFile> { [source.FullPath] = source };
        return (new TemplateRenderer(templates, globals, files), page, new ScriptObject { ["title"] = "Home" });
    }

    [Fact]
    public void An_exception_in_one_of_our_functions_is_an_internal_error_not_a_template_error()
    {
        var functions = new ScriptObject();
        functions.Import("buggy", new Func<string, string>(text => TemplateFunctions.Ours<string>(() => throw new NullReferenceException("our bug"))));
        var (renderer, page, model) = Setup("{{ buggy \"x\" }}", functions);
        var scope = new PageScope();
        var bug = Assert.Throws<TemplateFunctionBug>(() => renderer.ExpandBody(page, model, scope));
        Assert.IsType<NullReferenceException>(bug.InnerException);
        Assert.Empty(scope.Diagnostics.Sorted());
    }

    [Fact]
    public void A_template_cannot_change_a_builtin_for_pages_rendered_after_it()
    {
        // Same thread, same builtins: the first render tries to change string.* and fails, located.
        var (renderer, page, model) = Setup("{{ string.upcase = 1 }}");
        var scope = new PageScope();
        Assert.Null(renderer.ExpandBody(page, model, scope));
        Assert.Contains("read", Assert.Single(scope.Diagnostics.Sorted()).Message);
        var (second, page2, model2) = Setup("{{ \"a\" | string.upcase }}");
        Assert.Equal("A", second.ExpandBody(page2, model2, new PageScope())!.Trim());
    }

    [Fact]
    public void The_clock_is_not_available_and_long_values_are_not_cut()
    {
        // 2 MB: Scriban's default would cut it at 1 MB without a word.
        var (renderer, page, model) = Setup("{{ x = \"a\"; for i in 1..21; x = x + x; end; x }}");
        Assert.Equal(2_097_152, renderer.ExpandBody(page, model, new PageScope())!.Trim().Length);
        var (clock, page2, model2) = Setup("{{ date.now }}");
        var scope = new PageScope();
        Assert.Null(clock.ExpandBody(page2, model2, scope));
        Assert.Contains("date.now is not available: a build must not depend on when it runs", Assert.Single(scope.Diagnostics.Sorted()).Message);
    }

    [Fact]
    public void Renders_on_one_thread_share_a_context_but_nothing_a_render_did()
    {
        // TemplateRenderer keeps one Scriban context per thread between renders: a variable, the loop
        // budget of the render (2,000,000 iterations; these two renders make 2,280,000 together) and
        // the output start afresh, and a render that failed leaves nothing behind either.
        // Scriban bounds each loop statement to 100,000 iterations in a render: twelve of 95,000.
        var loops = string.Concat(Enumerable.Repeat("for i in 1..95000; end; ", 12));
        var setter = new SourceFile("/site/input/a.md", "input/a.md", "a.md", "---\ntitle: A\n---\n{{ x = \"leaked\"; " + loops + "}}first");
        var reader = new SourceFile("/site/input/b.md", "input/b.md", "b.md", "---\ntitle: B\n---\n{{ " + loops + "}}{{ x }}");
        var diagnostics = new DiagnosticBag();
        var (pageA, pageB) = (PageParser.Parse(setter, "en", diagnostics)!, PageParser.Parse(reader, "en", diagnostics)!);
        var templates = TemplateSet.Compile(new SourceSet(null, [setter, reader], [], [], [], [], [], []), diagnostics);
        var renderer = new TemplateRenderer(templates, new ScriptObject(), new Dictionary<string, SourceFile> { [setter.FullPath] = setter, [reader.FullPath] = reader });
        var model = new ScriptObject { ["title"] = "A" };

        var firstScope = new PageScope();
        Assert.True(renderer.ExpandBody(pageA, model, firstScope) is not null, string.Join("\n", firstScope.Diagnostics.Sorted()));
        var scope = new PageScope();
        Assert.Null(renderer.ExpandBody(pageB, model, scope));
        var error = Assert.Single(scope.Diagnostics.Sorted());
        Assert.StartsWith("input/b.md:4:", error.ToString());
        Assert.Contains("`x`", error.Message);
        Assert.DoesNotContain("loops", error.Message);
        Assert.Equal("first", renderer.ExpandBody(pageA, model, new PageScope())!.Trim());
    }
}
