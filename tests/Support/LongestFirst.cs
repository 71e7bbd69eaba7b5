using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Site.Tests.Support.LongestFirst", "Site.Tests")]

namespace Site.Tests.Support;

/// <summary>
/// Starts the longest test collections first, so that they run alongside all the short ones instead
/// of starting last and running alone at the end (xunit runs a few collections at once,
/// tests/xunit.runner.json, in the order given here). The list holds the collections that took
/// longest in a full run (the browser tests, whose walk takes every page through four states; the fuzzer's
/// two minutes; the odd inputs' 10 MB page and 200,000 rows; the seeded cache edits); the rest follow
/// by name. Only the order changes: every collection runs.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        "browser walks",
        "browser charts",
        "browser",
        "Site.Tests.InstallTests",
        "Site.Tests.Fuzzing.FuzzTests",
        "Site.Tests.OddInputTests",
        "Site.Tests.BigTableMemoryTests",
        "Site.Tests.CacheEquivalenceTests",
        "Site.Tests.Editing.CheckCommandTests",
        "Site.Tests.AtomicOutputTests",
        "Site.Tests.CliTests",
        "Site.Tests.Editing.ProblemMatcherTests",
        "Site.Tests.PreviewMemoryTests",
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Rank).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    /// <summary>A collection's place in <see cref="Longest"/>, or after all of them.</summary>
    private static int Rank(ITestCollection collection)
    {
        // A class's own collection is named "Test collection for Namespace.Class".
        var name = collection.DisplayName.StartsWith("Test collection for ", StringComparison.Ordinal)
            ? collection.DisplayName["Test collection for ".Length..]
            : collection.DisplayName;
        var rank = Array.IndexOf(Longest, name);
        return rank < 0 ? Longest.Length : rank;
    }
}
