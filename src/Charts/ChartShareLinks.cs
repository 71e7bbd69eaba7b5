namespace Site.Charts;

/// <summary>
/// Where one page's charts are shared from, known before its body renders (it depends on the page's
/// address only): each chart's embed page at <c>&lt;EmbedPrefix&gt;&lt;chart id&gt;.html</c> and its
/// citation downloads at <c>&lt;CitePrefix&gt;.&lt;chart id&gt;.bib|json|ris</c>, both root-relative
/// with the base path; <see cref="Origin"/> is the site's origin when it is known, so the snippet a
/// reader copies names the embed by its absolute address. Made by Site.Sharing.ChartEmbeds.LinksFor.
/// </summary>
/// <param name="EmbedPrefix">"/fr/embed/pillars/compute/" (the base path applied).</param>
/// <param name="CitePrefix">"/fr/cite/pillars/compute" (the base path applied).</param>
/// <param name="Origin">"https://example.org", or null when the site's address is not set.</param>
public sealed record ChartShareLinks(string EmbedPrefix, string CitePrefix, string? Origin)
{
    /// <summary>The embed page's root-relative address.</summary>
    public string EmbedPath(string chartId) => EmbedPrefix + chartId + ".html";

    /// <summary>The embed page's address as a host page must write it: absolute when the origin is known.</summary>
    public string EmbedUrl(string chartId) => (Origin ?? "") + EmbedPath(chartId);

    public string CiteUrl(string chartId, string extension) => $"{CitePrefix}.{chartId}.{extension}";
}
