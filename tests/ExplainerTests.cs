using System.Text.RegularExpressions;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>The real site in input/ builds cleanly, and its prose is our own.</summary>
public sealed partial class ExplainerTests
{
    [Fact]
    public void The_explainer_builds_with_no_error_and_no_warning()
    {
        var result = SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", DisplayRoot: Repo.Root));
        Assert.Equal([], result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Pages >= 12, $"{result.Pages} pages");
        Assert.True(result.Tables >= 8, $"{result.Tables} tables");
    }

    /// <summary>Any run of 12 or more words shared with the article means a sentence was copied, not written.</summary>
    [Fact]
    [Trait("Category", "needs-shared-source")]
    public void No_page_copies_twelve_words_in_a_row_from_the_article()
    {
        var articlePath = Path.Combine(Repo.Root, "..", "shared", "source", "ai-for-all-article.txt");
        Assert.True(File.Exists(articlePath), "the article is expected in ../shared/source/ beside the repository");
        var article = File.ReadAllText(articlePath);
        var title = Words(article.Split('\n')[0]);
        var runs = new HashSet<string>(StringComparer.Ordinal);
        var articleWords = Words(article);
        for (var i = 0; i + 12 <= articleWords.Count; i++) runs.Add(string.Join(' ', articleWords.Skip(i).Take(12)));

        var copied = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Input, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md") || f.EndsWith(".yml")))
        {
            // The article's title is quoted as a citation (site title, sources), which is not copying.
            var words = Words(File.ReadAllText(file).Replace(string.Join(' ', title), "", StringComparison.OrdinalIgnoreCase));
            for (var i = 0; i + 12 <= words.Count; i++)
            {
                var run = string.Join(' ', words.Skip(i).Take(12));
                if (runs.Contains(run) && !string.Join(' ', title).Contains(run, StringComparison.Ordinal)) copied.Add($"{Path.GetRelativePath(Repo.Root, file)}: \"{run}\"");
            }
        }
        Assert.Empty(copied);
    }

    [Fact]
    public void Long_pages_have_a_table_of_contents_reading_time_update_date_and_neighbours()
    {
        var result = SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", DisplayRoot: Repo.Root));
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

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}$%.,'-]+")]
    private static partial Regex WordPattern();
}
