namespace Site.Markdown;

/// <summary>A page body as HTML, with what later stages need to know of it.</summary>
public sealed record MarkdownResult(Utf8Html Body, IReadOnlyList<Heading> Headings, int WordCount, IReadOnlyDictionary<string, int> Embeds)
{
    /// <summary>The body's HTML, made from <see cref="Body"/> each time it is asked for.</summary>
    public string Html => Body.ToString();

    /// <summary>How many blocks of one embed kind (e.g. "chart") the page has.</summary>
    public int Count(string embed) => Embeds.TryGetValue(embed, out var count) ? count : 0;

    /// <summary>
    /// What stages after rendering read of a body (its headings for search, its embed counts) without its
    /// HTML and charts: what a build that keeps no cache holds once its pages are written.
    /// </summary>
    public MarkdownResult Facts() => this with { Body = Utf8Html.Empty, Charts = [] };

    /// <summary>The charts the body drew with an Embed view, for their embed pages (src/Sharing/ChartEmbeds.cs).</summary>
    public IReadOnlyList<Charts.DrawnChart> Charts { get; init; } = [];
}
