namespace Site.Localization;

/// <summary>
/// The words of a chart's Embed panel, from the language file's <c>embed:</c> section
/// (theme/languages/&lt;lang&gt;.yml). They are written into the page's body with the chart
/// (src/Charts/ChartHtml.cs), like the Chart, Table and Download tabs' words in <see cref="ChartWords"/>,
/// and not read from theme/i18n: a body is rendered again only when its page, its tables, the site's
/// structure or the language rules change, so words from theme/i18n would go stale in the preview.
/// The embed page's own words (its layout's) are in theme/i18n.
/// </summary>
public sealed record EmbedWords(string Tab, string Intro, string CodeLabel, string Copy, string Copied, string PathOnly, string Open, string Cite)
{
    public static EmbedWords For(string language) => LanguageBook.Current.Get(language).Embed;
}
