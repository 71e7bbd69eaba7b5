namespace Site.Localization;

/// <summary>
/// The words of a chart's Embed panel, per language. They are written into the page's body with the
/// chart (src/Charts/ChartHtml.cs), like the Chart, Table and Download tabs' words in
/// <see cref="ChartWords"/>, and not read from theme/i18n: a body is rendered again only when its
/// page, its tables or the site's structure change, so words from the theme would go stale in the
/// preview. The embed page's own words (its layout's) are in theme/i18n.
/// </summary>
public sealed record EmbedWords(string Tab, string Intro, string CodeLabel, string Copy, string Copied, string PathOnly, string Open, string Cite)
{
    public static readonly EmbedWords English = new(
        "Embed",
        "To show this chart on another website, paste this HTML into its page. The frame takes the chart’s height.",
        "HTML to embed this chart",
        "Copy the code",
        "Copied.",
        "This build did not know the site’s address, so the frame names the chart by its path only: put the site’s address in front of it before pasting it elsewhere.",
        "Open the chart on its own page",
        "Cite this chart:");

    // French: a no-break space before the colon.
    public static readonly EmbedWords French = new(
        "Intégrer",
        "Pour afficher ce graphique sur un autre site, collez ce code HTML dans sa page. Le cadre prend la hauteur du graphique.",
        "Code HTML pour intégrer ce graphique",
        "Copier le code",
        "Copié.",
        "L’adresse du site n’était pas connue lors de la construction\u00A0: le cadre ne donne que le chemin du graphique, qu’il faut précéder de l’adresse du site avant de le coller ailleurs.",
        "Ouvrir le graphique seul sur sa page",
        "Citer ce graphique\u00A0:");

    public static EmbedWords For(string language) => language == "fr" ? French : English;
}
