using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Fidelity;

/// <summary>
/// The explainer's prose is our own: no page or table shares a run of twelve words with the article.
/// The check runs everywhere against the committed fingerprint; where the article itself is present
/// (../shared/source/ beside the repository), the fingerprint is regenerated and must match.
/// </summary>
public sealed class ArticleCopyTests
{
    private static ArticleFingerprint Committed => ArticleFingerprint.Parse(File.ReadAllText(ArticleFingerprint.CommittedPath));

    [Fact]
    public void No_page_or_table_copies_twelve_words_in_a_row_from_the_article()
    {
        var copied = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Input, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
            copied.AddRange(Committed.CopiedRuns(File.ReadAllText(file)).Select(run => $"{Path.GetRelativePath(Repo.Root, file)}: \"{run}\""));
        Assert.Empty(copied);
    }

    [Fact]
    public void The_check_finds_a_sentence_copied_from_the_article()
    {
        // Punctuation and case do not hide a copied run; eleven shared words are not one.
        var fingerprint = ArticleFingerprint.FromArticle("A title\nOne two three four five six seven eight nine ten eleven twelve thirteen.", "salt");
        Assert.Equal(["two three four five six seven eight nine ten eleven twelve thirteen"],
            fingerprint.CopiedRuns("Our page says: Two three four five six seven eight nine ten, eleven twelve thirteen! And more.").ToList());
        Assert.Empty(fingerprint.CopiedRuns("one two three four five six seven eight nine ten eleven"));
        Assert.True(Committed.Runs.Count > 1000, $"the committed fingerprint holds only {Committed.Runs.Count} runs");
    }

    [Fact]
    public void The_committed_fingerprint_matches_the_article_where_it_is_present()
    {
        // Everywhere, article or not: the committed file is in the canonical form the generator writes, so a
        // hand edit or a bad merge of it fails here too.
        Assert.Equal(File.ReadAllText(ArticleFingerprint.CommittedPath), Committed.Serialize());
        // The article itself is not in the repository; where ../shared holds it, the fingerprint must match it.
        if (!File.Exists(ArticleFingerprint.ArticlePath)) return;
        var update = Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1";
        var salt = update && !File.Exists(ArticleFingerprint.CommittedPath) ? ArticleFingerprint.NewSalt() : Committed.Salt;
        var fresh = ArticleFingerprint.FromArticle(File.ReadAllText(ArticleFingerprint.ArticlePath), salt);
        if (update) File.WriteAllText(ArticleFingerprint.CommittedPath, fresh.Serialize());
        Assert.True(fresh.Serialize() == Committed.Serialize(),
            "the article changed since tests/Fidelity/article.fingerprint was made: run UPDATE_EXPECTED=1 dotnet test tests and commit the new file");
    }
}
