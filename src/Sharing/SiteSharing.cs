using System.Collections.Concurrent;
using Site.Content;
using Site.Data;
using Site.Output;

namespace Site.Sharing;

/// <summary>
/// The sharing files of one build, planned before pages are rendered (their layouts show the card's
/// and the citations' addresses): per page a citation (cite/&lt;page&gt;.bib, .json, .ris) and, when the
/// theme has theme/card/card.yml, a social card at cards/&lt;page&gt;.&lt;key&gt;.png, where the key hashes
/// everything drawn (<see cref="CardContent.Key"/>). A card whose file the previous output already
/// holds under that name is copied from it (hard-linked by the Write stage) instead of drawn again;
/// the others are drawn in parallel, while the layouts render.
/// </summary>
public sealed class SiteSharing
{
    public sealed record Entry(Citation Citation, string CitationStem, string? CardPath, CardContent? Card, string? CardKey);

    private readonly IReadOnlyList<Entry?> _entries;
    private readonly CardStyle? _style;

    private SiteSharing(IReadOnlyList<Entry?> entries, CardStyle? style)
    {
        _entries = entries;
        _style = style;
    }

    /// <summary>The last build's cards by key: the preview draws only the cards that changed.</summary>
    private static ConcurrentDictionary<string, byte[]> s_drawn = new(StringComparer.Ordinal);

    /// <param name="authorIn">Who a citation names as author in a language (the theme's localized publisher name, else site.yml's author or publisher).</param>
    public static SiteSharing Plan(IReadOnlyList<Page> pages, IReadOnlyDictionary<string, DataTable> tables, SiteConfig config, Func<string, string> languageFolder,
        string basePath, string? siteUrl, CardStyle? style, Func<string, string?> authorIn)
    {
        var entries = pages.Select(page =>
        {
            if (!PageCitations.IsCited(page)) return null;
            var folder = languageFolder(page.Language);
            var siteName = config.Title.Get(page.Language, config.Language);
            var citation = PageCitations.For(page, folder, siteName, authorIn(page.Language), tables, basePath, siteUrl);
            var stem = folder + "cite/" + PageCitations.Stem(page, folder);
            if (style is null) return new Entry(citation, stem, null, null, null);
            var (bars, highlight) = LeadChart.Of(page, tables);
            var card = new CardContent(siteName, page.Meta.Title, page.Language, bars, highlight);
            var key = card.Key(style.Fingerprint);
            return new Entry(citation, stem, $"{folder}cards/{PageCitations.Stem(page, folder)}.{key}.png", card, key);
        }).ToList();
        return new SiteSharing(entries, style);
    }

    public Entry? For(int pageIndex) => _entries[pageIndex];

    /// <summary>Cards of what is not a page (a chart's embed), drawn with the pages' cards; added before <see cref="Cards"/> runs.</summary>
    private readonly List<(string Path, CardContent Card, string Key)> _extraCards = [];

    /// <summary>
    /// Adds a card at <c>&lt;stem&gt;.&lt;key&gt;.png</c> (e.g. cards/pillars/compute.chart-x.3f….png) and
    /// returns its path inside output/, or null when the theme draws no cards.
    /// </summary>
    public string? AddCard(string stem, CardContent card)
    {
        if (_style is null) return null;
        var key = card.Key(_style.Fingerprint);
        var path = $"{stem}.{key}.png";
        _extraCards.Add((path, card, key));
        return path;
    }

    /// <summary>The citation files, for the list of generated files (links to them are checked).</summary>
    public IEnumerable<string> CitationFileNames() => _entries.OfType<Entry>()
        .SelectMany(e => PageCitations.Extensions.Select(x => $"{e.CitationStem}.{x}"));

    /// <summary>
    /// The cards' paths, for the check that no two files share an output path only: they are named by
    /// what they draw, and pages never link to them, so they stay out of the files that links resolve
    /// against, which every page's render key includes (a changed table would render every page again).
    /// </summary>
    public IEnumerable<string> CardFileNames() => _entries.OfType<Entry>().Select(e => e.CardPath).OfType<string>();

    public IEnumerable<OutputFile> CitationFiles() => _entries.OfType<Entry>().SelectMany(e => new[]
    {
        OutputFile.Text(e.CitationStem + ".bib", BibTeX.Write(e.Citation)),
        OutputFile.Text(e.CitationStem + ".json", CslJson.Write(e.Citation)),
        OutputFile.Text(e.CitationStem + ".ris", Ris.Write(e.Citation)),
    });

    /// <summary>
    /// Draws the cards (in parallel), or takes them from <paramref name="previousOutput"/> or the last build in this process.
    /// With a <paramref name="staging"/> folder (a plain build) each card is written into it as soon as it is drawn and its
    /// bytes are let go (at 5,000 pages they made about 160 MB held until the Write stage); the preview keeps them for its next build.
    /// </summary>
    public List<OutputFile> Cards(string? previousOutput, StagingFolder? staging = null)
    {
        var cards = _entries.OfType<Entry>().Where(e => e.CardPath is not null).Select(e => (Path: e.CardPath!, Card: e.Card!, Key: e.CardKey!))
            .Concat(_extraCards).ToList();
        if (_style is null || cards.Count == 0) return [];
        var files = new OutputFile[cards.Count];
        var drawn = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        // Streamed: the first card of each key is drawn and written, the others (the same picture) copied from it at the commit.
        var firstWithKey = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var last = s_drawn;
        var style = _style;
        // Renderers keep their bitmap and fonts from card to card and draw one card at a time: a card
        // takes an idle one, or makes one (a rebuild that reuses every card makes none). At most one a
        // core draws at once: the layouts render meanwhile, and more threads would only add renderers
        // (Parallel.For's workers come and go, so a renderer per worker made ten of them on 2 cores).
        // Each file goes to its own index, so the order does not depend on which worker drew it.
        var idle = new ConcurrentBag<SocialCard>();
        try
        {
            Parallel.For(0, cards.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var entry = cards[i];
                if (previousOutput is not null && Path.Combine(previousOutput, entry.Path) is var old && File.Exists(old))
                {
                    files[i] = OutputFile.Copy(entry.Path, old);
                    return;
                }
                if (staging is not null)
                {
                    var first = firstWithKey.GetOrAdd(entry.Key, entry.Path);
                    files[i] = first != entry.Path
                        ? OutputFile.Copy(entry.Path, staging.StagedPath(first))
                        : staging.WriteFile(entry.Path, last.TryGetValue(entry.Key, out var earlier) ? earlier : Draw(entry.Card));
                    return;
                }
                var bytes = last.TryGetValue(entry.Key, out var kept) ? kept : drawn.TryGetValue(entry.Key, out var twin) ? twin : Draw(entry.Card);
                drawn[entry.Key] = bytes;
                files[i] = new OutputFile(entry.Path, bytes, null);
            });
        }
        finally
        {
            foreach (var renderer in idle) renderer.Dispose();
        }
        if (staging is null) s_drawn = drawn;
        return [.. files];

        byte[] Draw(CardContent card)
        {
            var renderer = idle.TryTake(out var free) ? free : new SocialCard(style);
            try
            {
                return renderer.Draw(card);
            }
            finally
            {
                idle.Add(renderer);
            }
        }
    }
}
