using Site.Content;
using Site.Diagnostics;
using Xunit;

namespace Site.Tests.Content;

/// <summary>A page's body is made from its source when asked for, not kept beside it: the same text, line for line.</summary>
public sealed class PageBodyTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nFirst line.\n\n## Two\n", "\n\n\nFirst line.\n\n## Two\n")]
    [InlineData("---\ntitle: A\norder: 2\n...\n", "\n\n\n\n")]
    [InlineData("---\ntitle: A\n---", "\n\n\n")]
    [InlineData("---\ntitle: Été\n---\n{{ page.title }} — déjà\n", "\n\n\n{{ page.title }} — déjà\n")]
    public void The_body_is_the_text_after_the_front_matter_with_the_front_matter_blanked_line_for_line(string text, string body)
    {
        var page = PageParser.Parse(new SourceFile("/site/input/a.md", "input/a.md", "a.md", text), "en", new DiagnosticBag())!;
        Assert.Equal(body, page.Body);
    }

    [Fact]
    public void A_page_the_build_writes_has_the_body_it_was_given()
    {
        Assert.Equal("- [x](y)\n", PageBody.Written("- [x](y)\n").Of(new SourceFile("/s/t.yml", "t.yml", "t.yml", "rows: []\n")));
    }
}
