using Site.Tests.Support;
using Site.Validation;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The quick scan of a page's references (ReferenceScan) gives what AngleSharp's HTML5 tokenizer gives
/// (PageReferences.Tokenized), or says it is unsure: on every page of the real site (where it must be
/// sure) and on thousands of seeded random variations of them made of markup that trips scanners.
/// </summary>
public sealed class ReferenceScanTests
{
    private static readonly string[] Pieces =
    [
        "<!-- <a href=\"/c1\"> -->", "<script>var a='<a href=\"/s\">';</script>", "<script><!-- <script> </script>", "<a HREF='/x' href='/y'>",
        "<img srcset=\"/a.png 1x, /b.png 2x\" src=/c.png>", "<a href=/u>", "<a href=\"/e?a=1&amp;b=2\">", "<a href=\"/e&copy;x\">", "<a href=\"&#x2F;n&#47;\">",
        "<svg><style>a{background:url(/svg)}</style></svg>", "<style>p{background:url('/st.png')} /* url(/no) */</style>", "<textarea><a href=\"/ta\"></textarea>",
        "<title><a href='/t'></title>", "<![CDATA[<a href=/cd>]]>", "<a href=\"/q\"x=1>", "</a href=\"x>\">", "<p style=\"background:url(/in.png)\">", "\r\n", "<!-->",
        "<!--->", "<!-- --!> <a href=/bang> -->", "<?php <a href='/pi'> ?>", "</ b>", "<a\thref\n=\n\"/ws\">", "<link rel=stylesheet href=/l.css/>",
        "<script/>var x='<a href=/sc>'</script>", "<", "<a href=\"/open", "&lt;a href=/txt&gt;", "<xmp><a href=/x></xmp>", "<noscript><a href=/ns></noscript>",
        "<plaintext><a href=/pt>", "<source srcset=\"/s1.webp 480w, /s2.webp 800w\">", "<video poster=/p.jpg src=/v.mp4>", "<object data=/o.svg>",
        "<iframe><a href=/if></iframe>", "<a href=\"/&#128;\">", "<a href='/x'/>", "<a href = '/sp' >", "<A HREF=\"/UP\">", "<a href=\"\">", "<img src=\" /trim \">",
        "</script>", "</style>", "<style>", "<math><mi>x</mi></math>", "\0", "<a href=/x=y>", "<a href=`/bt`>", "<img srcset=\"/a.png,/b.png 2x,, /c.png\">",
    ];

    [Fact]
    public void The_quick_scan_reads_every_real_page_and_agrees_with_the_tokenizer()
    {
        var pages = Pages();
        Assert.True(pages.Count > 40);
        foreach (var (path, html) in pages)
        {
            var quick = ReferenceScan.TryScan(html);
            Assert.True(quick is not null, $"{path}: the quick scan should be sure of our own pages");
            Assert.Equal(PageReferences.Tokenized(html), quick);
            Assert.NotEmpty(quick);
        }
    }

    [Fact]
    public void On_random_variations_the_quick_scan_agrees_with_the_tokenizer_or_says_it_is_unsure()
    {
        var pages = Pages();
        var random = new Random(20261206);
        var sure = 0;
        for (var n = 0; n < 3000; n++)
        {
            var (path, html) = pages[random.Next(pages.Count)];
            // A window of the page (a whole page is long for thousands of tokenizer runs) with pieces put anywhere, even inside tags and values.
            var start = random.Next(html.Length);
            var text = html.Substring(start, Math.Min(1500, html.Length - start));
            for (var k = random.Next(1, 4); k > 0; k--) text = text.Insert(random.Next(text.Length + 1), Pieces[random.Next(Pieces.Length)]);
            var quick = ReferenceScan.TryScan(text);
            if (quick is null) continue;
            sure++;
            Assert.True(PageReferences.Tokenized(text).SequenceEqual(quick), $"variation {n} of {path} at {start}:\ntokenizer: {string.Join(" | ", PageReferences.Tokenized(text))}\nscan: {string.Join(" | ", quick)}\n{text}");
        }
        Assert.True(sure > 500, $"the quick scan was sure of only {sure} of 3000 variations");
    }

    [Fact]
    public void A_css_comment_in_a_style_element_hides_a_url_even_across_a_less_than_sign()
    {
        // The tokenizer hands the style's text over in pieces at each '<'; the comment is still one comment.
        Assert.Equal(["/st.png"], PageReferences.Tokenized("<p><style>p{background:url('/st.png')} /* <style>url(/no) */</style>x</p>").Select(r => r.Url));
    }

    [Fact]
    public void Srcset_candidates_are_split_as_html_splits_them()
    {
        Assert.Equal(["/a.png", "/b.png", "/c.png", "/d(1).png"], PageReferences.SrcSet(" /a.png 1x,/b.png 2x, ,/c.png, /d(1).png 100w").ToArray());
        Assert.Equal(["/a.png,/b.png"], PageReferences.SrcSet("/a.png,/b.png").ToArray()); // a URL runs to a space: commas inside it are its own
    }

    private static List<(string Path, string Html)> Pages() =>
        RealSite.Generated.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.RelativePath, System.Text.Encoding.UTF8.GetString(f.Content!))).ToList();
}
