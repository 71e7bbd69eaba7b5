namespace Site.Charts;

/// <summary>
/// One chart a page's body drew, as its embed page needs it: its element id (the anchor on the page
/// and the last segment of its embed's address), title, summary (its text alternative), the table
/// it draws (whose dates a citation of it takes) and its figure's HTML without the Embed view.
/// </summary>
public sealed record DrawnChart(string Id, string Title, string Summary, string TableId, string FigureHtml);
