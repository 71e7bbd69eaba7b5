using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Tests.Fidelity;

/// <summary>
/// What the copy check needs to know of the article without holding its text: salted SHA-256 hashes
/// (64 bits each) of every run of <see cref="RunLength"/> words. The article is not ours to publish,
/// and a person cloning the repository does not have it; the hashes let them run the check all the
/// same, and do not reproduce a sentence. The title is kept in clear: the site cites it as a source.
/// </summary>
public sealed partial record ArticleFingerprint(string Salt, string Title, IReadOnlySet<string> Runs)
{
    public const int RunLength = 12;

    /// <summary>The committed fingerprint, read only by the tests.</summary>
    public static string CommittedPath => Path.Combine(Support.Repo.Checkout, "tests", "Fidelity", "article.fingerprint");

    /// <summary>Where the article is when the shared folder sits beside the repository (CI, the team's machines).</summary>
    public static string ArticlePath => Path.Combine(Support.Repo.Checkout, "..", "shared", "source", "ai-for-all-article.txt");

    /// <summary>Hashes the article's runs; runs inside the title are left out (citing the title is not copying).</summary>
    public static ArticleFingerprint FromArticle(string article, string salt)
    {
        var title = article.Split('\n')[0].Trim();
        var titleText = string.Join(' ', Words(title));
        var words = Words(article);
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            var run = string.Join(' ', words.Skip(i).Take(RunLength));
            if (!titleText.Contains(run, StringComparison.Ordinal)) runs.Add(Hash(salt, run));
        }
        return new ArticleFingerprint(salt, title, runs);
    }

    /// <summary>Each run of <paramref name="text"/> (title citations removed) whose hash the article shares.</summary>
    public IEnumerable<string> CopiedRuns(string text)
    {
        var words = Words(text.Replace(Title, " ", StringComparison.OrdinalIgnoreCase));
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            var run = string.Join(' ', words.Skip(i).Take(RunLength));
            if (Runs.Contains(Hash(Salt, run))) yield return run;
        }
    }

    public string Serialize()
    {
        var text = new StringBuilder();
        text.Append("# Salted hashes of the article's ").Append(RunLength).Append("-word runs (tests/Fidelity/ArticleFingerprint.cs).\n");
        text.Append("# Regenerated and compared by the tests when ../shared/source/ is present; UPDATE_EXPECTED=1 rewrites it.\n");
        text.Append("salt: ").Append(Salt).Append('\n');
        text.Append("title: ").Append(Title).Append('\n');
        text.Append("runs: ").Append(Runs.Count).Append('\n');
        foreach (var hash in Runs.Order(StringComparer.Ordinal)) text.Append(hash).Append('\n');
        return text.ToString();
    }

    /// <summary>Reads a serialized fingerprint, checking that it is whole (header count, well-formed sorted hashes).</summary>
    public static ArticleFingerprint Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        string Header(int index, string key) =>
            lines.Count > index && lines[index].StartsWith(key + ": ", StringComparison.Ordinal)
                ? lines[index][(key.Length + 2)..]
                : throw new FormatException($"line {index + 1} of the fingerprint should start with '{key}: '");
        var salt = Header(0, "salt");
        var title = Header(1, "title");
        var count = int.Parse(Header(2, "runs"), System.Globalization.CultureInfo.InvariantCulture);
        var hashes = lines.Skip(3).ToList();
        if (hashes.Count != count) throw new FormatException($"the fingerprint says {count} runs but holds {hashes.Count}");
        if (hashes.Any(h => !HashPattern().IsMatch(h))) throw new FormatException("a fingerprint line is not 16 lower-case hex digits");
        if (!hashes.SequenceEqual(hashes.Order(StringComparer.Ordinal).Distinct())) throw new FormatException("the fingerprint's hashes are not sorted and unique");
        return new ArticleFingerprint(salt, title, hashes.ToHashSet(StringComparer.Ordinal));
    }

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Hash(string salt, string run) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\n" + run)))[..16];

    /// <summary>Words as a reader sees them: case, curly apostrophes and punctuation around words do not count.</summary>
    public static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value.Trim('.', ',', '\'', '-')).Where(w => w.Length > 0).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}$%.,'-]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex HashPattern();
}
