using Site.Charts;
using Site.Data;

namespace Site.Sharing;

/// <summary>
/// A chart's own citation, made from its page's (<see cref="PageCitations"/>): the same author, site
/// and language; the chart's title; the page's address with the chart's anchor (<c>…/pillars/compute/#chart-x</c>,
/// where a reader finds it in context); and the later of the page's date and its table's <c>updated</c>
/// date, since a chart changes when either does (both from the content, never the clock).
/// Its downloads sit beside the page's: <c>cite/&lt;page&gt;.&lt;chart id&gt;.bib|json|ris</c>.
/// </summary>
public static class ChartCitations
{
    public static Citation For(Citation page, DrawnChart chart, IReadOnlyDictionary<string, DataTable> tables)
    {
        var tableDate = tables.TryGetValue(chart.TableId, out var table) ? table.Updated : null;
        var date = new[] { page.Date, tableDate }.OfType<string>().Max(StringComparer.Ordinal);
        return page with { Key = page.Key + "-" + chart.Id, Title = chart.Title, Date = date, Url = page.Url + "#" + chart.Id, IsDataset = false };
    }
}
