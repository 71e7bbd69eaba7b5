using Scriban.Runtime;
using Site.Diagnostics;
using Site.Markdown;
using Site.Templates;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Templates;

/// <summary>A page model holds its body's HTML as UTF-8 (<see cref="Utf8Html"/>); templates read and print it as text.</summary>
public sealed class PageContentTests
{
    private const string Html = "<p>Déjà « vu » — <a href=\"/x/\">x</a> & 2 < 3</p>\n";

    private static (string? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(string template, ScriptObject model, bool recordReads = false) =>
        BodyTemplate.Render(template, new ScriptObject { ["pages"] = new ScriptArray { model } }, model, recordReads);

    private static ScriptObject Model(object content)
    {
        var model = new TrackedObject { ["title"] = "Home", ["content"] = content, ["charts"] = 0 };
        model.IsReadOnly = true;
        return model;
    }

    [Theory]
    [InlineData("{{ page.content }}")]
    [InlineData("{{ pages[0].content }}|{{ page.content | string.size }}|{{ page.content | string.contains 'vu' }}")]
    [InlineData("{{ page }}")]
    [InlineData("{{ page.content == pages[0].content }} {{ object.typeof page.content }}")]
    public void Templates_see_the_text_they_saw_when_it_was_a_string(string template)
    {
        foreach (var recordReads in new[] { false, true })
        {
            var before = Render(template, Model(Html), recordReads);
            var after = Render(template, Model(new Utf8Html(Html)), recordReads);
            Assert.Empty(after.Diagnostics);
            Assert.Equal(before.Output, after.Output);
        }
    }

    [Fact]
    public void The_body_keeps_its_text_exactly()
    {
        var body = new MarkdownResult(new Utf8Html(Html), [], 6, new Dictionary<string, int>());
        Assert.Equal(Html, body.Html);
        Assert.Equal(body, body with { Body = new Utf8Html(Html) });
        Assert.Equal("", body.Facts().Html);
    }
}
