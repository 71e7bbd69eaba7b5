using Site.Tests.Support;
using Site.Validation;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// A plain build reads a page's ids with an HTML parser only when its headings cannot answer the
/// anchor check (AnchorTargets, BodyPlacement). The shortcut may decline where it could have answered,
/// never answer where the parser would disagree: the heading ids it trusts must be ids AngleSharp finds.
/// </summary>
public sealed class AnchorTargetsTests
{
    private const string Body = "<h2 id=\"why\">Why</h2>\n<p>Text.</p>\n";

    [Theory]
    [InlineData("<main>", true)]
    [InlineData("<!doctype html><html><head><title>T</title><style>a>b{}</style><script>if (a < b) x();</script></head><body>", true)]
    [InlineData("<div title=\"a>b\" data-x='c>d'>", true)]
    [InlineData("<p>a < b and <!-- a comment --> <!--> <!---> then", true)]
    [InlineData("<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg><main>", true)]
    [InlineData("<textarea></textarea><iframe></iframe><xmp></xmp><TITLE>T</TITLE >", true)]
    [InlineData("<!-- ", false)]
    [InlineData("<textarea>", false)]
    [InlineData("<textarea></textareax>", false)]
    [InlineData("<title>", false)]
    [InlineData("<style>", false)]
    [InlineData("<script>", false)]
    [InlineData("<script><!--<script></script>", false)]
    [InlineData("<template>", false)]
    [InlineData("<template></template>", false)]
    [InlineData("<select>", false)]
    [InlineData("<noscript></noscript>", false)]
    [InlineData("<frameset>", false)]
    [InlineData("<plaintext>", false)]
    [InlineData("<svg><![CDATA[", false)]
    [InlineData("<div title=\"", false)]
    [InlineData("<div ", false)]
    [InlineData("<!doctype html", false)]
    public void The_body_is_trusted_only_after_a_prefix_that_leaves_the_parser_reading_markup(string prefix, bool trusted)
    {
        Assert.Equal(trusted, BodyPlacement.IsParsedAsElements(prefix + Body + "</main>", Body));
        if (trusted) Assert.Contains("why", HtmlIds.Collect(prefix + Body + "</main>"));
    }

    [Fact]
    public void A_body_missing_from_the_page_or_changed_on_the_way_is_not_trusted()
    {
        // Markdown ends a comment with its quote or list item; HTML does not.
        Assert.False(BodyPlacement.IsParsedAsElements("<main><blockquote>\n<!-- a note\n</blockquote>\n" + Body + "</main>", "<blockquote>\n<!-- a note\n</blockquote>\n" + Body));
        Assert.False(BodyPlacement.IsParsedAsElements("<main></main>", Body));
        Assert.False(BodyPlacement.IsParsedAsElements("<main>" + Body.ToUpperInvariant() + "</main>", Body));
        Assert.False(BodyPlacement.IsParsedAsElements("<main></main>", ""));
    }

    /// <summary>
    /// Random prefixes made of the pieces that steer an HTML tokenizer and tree builder: wherever the
    /// shortcut trusts the body, AngleSharp's parse of the same page has the heading's id. Longer or
    /// other runs: SITE_PLACEMENT_ROUNDS and SITE_PLACEMENT_SEED.
    /// </summary>
    [Fact]
    public void Wherever_the_body_is_trusted_the_parser_finds_its_heading_ids()
    {
        string[] pieces =
        [
            "<div>", "</div>", "<p>", "<table>", "<tr>", "<svg>", "</svg>", "<math>", "<!--", "-->", "<!-->", "<!", "<?", "</", ">", "<", "=",
            "\"", "'", " ", "x", "<a href=", "<script>", "</script>", "<style>", "</style>", "<textarea>", "</textarea>", "<title>", "</title>",
            "<xmp>", "</xmp>", "<iframe>", "</iframe>", "<template>", "</template>", "<select>", "</select>", "<noscript>", "<![CDATA[", "]]>",
            "<frameset>", "<plaintext>", "<noembed>", "</noembed>", "<noframes>", "</noframes>", "<body>", "<html>", "<head>", "</head>",
            "<svg/>", "<svg a=b/>", "<svg a='b' />", "<math>", "</math>", "<foreignObject>", "<desc>", "/>", "<h1>", "<font color=red>",
        ];
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("SITE_PLACEMENT_SEED"), out var seed) ? seed : 20261126);
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("SITE_PLACEMENT_ROUNDS"), out var n) ? n : 4000;
        var trusted = 0;
        for (var round = 0; round < rounds; round++)
        {
            var prefix = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var html = prefix + Body + "</main>";
            if (!BodyPlacement.IsParsedAsElements(html, Body)) continue;
            trusted++;
            Assert.True(HtmlIds.Collect(html).Contains("why"), $"trusted, but the parser finds no id 'why' after the prefix {prefix}");
        }
        // The rounds tested the shortcut, not only its refusals.
        Assert.True(trusted > rounds / 10, $"only {trusted} of {rounds} prefixes were trusted");
    }

    [Theory]
    [InlineData("<main>{{ page.content }}</main>", false)]
    [InlineData("<main><!-- {{ page.content }} --></main>", true)]
    [InlineData("<main><template>{{ page.content }}</template></main>", true)]
    [InlineData("<main><textarea>{{ page.content }}</textarea></main>", true)]
    [InlineData("<main>{{ page.content | string.replace 'id=\"why\"' 'id=\"how\"' }}</main>", true)]
    [InlineData("<main></main>", true)]
    public void A_link_to_a_heading_the_page_does_not_show_as_an_element_is_a_broken_anchor(string layout, bool broken)
    {
        AssertTheAnchorIs(broken, layout, "## Why\n\nBecause.\n");
    }

    [Theory]
    [InlineData("> <!-- a note left open\n\n## Why\n\nBecause.\n", true)]
    [InlineData("- <!-- a note left open\n\n## Why\n\nBecause.\n", true)]
    [InlineData("<!-- a closed note -->\n\n## Why\n\nBecause.\n", false)]
    public void A_heading_after_a_comment_that_markdown_closed_but_html_does_not_is_a_broken_anchor(string body, bool broken)
    {
        AssertTheAnchorIs(broken, "<main>{{ page.content }}</main>", body);
    }

    private static void AssertTheAnchorIs(bool broken, string layout, string otherBody)
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        site.Write("theme/layouts/page.sbn-html", layout);
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nSee [why](other.md#why).\n");
        site.Write("input/other.md", "---\ntitle: Other\ndescription: Other.\n---\n" + otherBody);

        var result = SiteBuilder.Build(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path));

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        if (broken)
            Assert.Equal(["input/index.md:5:5: error LINK003: broken anchor 'other.md#why': page /other/ has no heading or element with id 'why'"], errors);
        else
            Assert.Empty(errors);
    }
}
