using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>The real site in input/ builds cleanly.</summary>
public sealed class ExplainerTests
{
    [Fact]
    public void The_explainer_builds_with_no_error_and_no_warning()
    {
        var result = RealSite.Generated;
        Assert.Equal([], result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Pages >= 12, $"{result.Pages} pages");
        Assert.True(result.Tables >= 8, $"{result.Tables} tables");
    }

    [Fact]
    public void Long_pages_have_a_table_of_contents_reading_time_update_date_and_neighbours()
    {
        var result = RealSite.Generated;
        var html = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "pillars/compute/index.html").Content!);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var toc = page.QuerySelectorAll("nav.toc li a").Select(a => a.GetAttribute("href")!).ToList();
        var sections = page.QuerySelectorAll("article h2[id]").Where(h => h.Id != "toc-heading").Select(h => "#" + h.Id).ToList();
        Assert.True(toc.Count >= 3);
        Assert.Equal(sections, toc);

        Assert.Matches(@"^\d+ min read · Last updated November 25, 2026$", page.QuerySelector(".page-meta")!.TextContent);
        Assert.Equal("/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/pillars/talent/", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".takeaway strong"));
    }
}
