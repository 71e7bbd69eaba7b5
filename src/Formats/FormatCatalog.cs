using Site.Charts;

namespace Site.Formats;

/// <summary>
/// The one description of every YAML format an editor writes. Parsers take their key lists and
/// allowed values from here, `dotnet run -- schemas` turns them into schemas/*.schema.json, and
/// `dotnet run -- new` writes their descriptions as comments. Add a key here, then read it in the parser.
/// </summary>
public static class FormatCatalog
{
    private const string LanguageCode = "^[a-z]{2}$";

    public static readonly string[] ColumnTypes = ["text", "number", "percent", "money", "year"];
    public static readonly string[] Currencies = ["CAD", "USD", "GBP", "EUR"];
    /// <summary>What a money column's <c>currency</c> may say: one currency, or per-row (each cell names its own; see src/Data/CellCurrency.cs).</summary>
    public static readonly string[] CurrencyChoices = [.. Currencies, "per-row"];
    public static readonly string[] Scales = ["thousand", "million", "billion"];
    public static readonly string[] SortOrders = ["ascending", "descending", "none"];

    public static readonly Format Site = new("site", "site.yml", "The site's settings: input/site.yml.",
    [
        new("title", FieldKind.Localized, "The site's name, shown in every page's header and title.") { Required = true, Example = "{ en: \"Our explainer\" }" },
        new("description", FieldKind.Localized, "One or two sentences about the site; the meta description of pages that have none.") { Example = "{ en: \"A short, sourced explainer.\" }" },
        new("language", FieldKind.Pattern, "The default language, a two-letter code (en).") { Pattern = LanguageCode, Example = "en" },
        new("languages", FieldKind.TextList, "Every language the content is written in, as two-letter codes; must include 'language'.") { Example = "[en]" },
        new("base_path", FieldKind.Pattern, "The URL prefix the site lives under, starting and ending with '/' (/ or /repo/); --base-path overrides it.") { Pattern = "^/([A-Za-z0-9._~-]+/)*$", Example = "/" },
        new("url", FieldKind.Pattern, "The site's origin, scheme and host only (https://owner.github.io; the path goes in base_path), for sitemap.xml, the feed and canonical links; --site-url overrides it.") { Pattern = "^https?://[^/?#@]+/?$", Example = "https://owner.github.io" },
        new("author", FieldKind.Text, "Who wrote the content.") { Example = "\"Our newsroom\"" },
        new("publisher", FieldKind.Text, "Who publishes the site.") { Example = "\"Our newsroom\"" },
        new("license", FieldKind.Text, "The licence of the content (CC BY 4.0).") { Example = "\"CC BY 4.0\"" },
        new("repository", FieldKind.Url, "The repository's address (https://github.com/owner/name), for 'Propose an edit' links; --repository overrides it.") { Example = "https://github.com/owner/repo" },
        new("branch", FieldKind.Pattern, "The branch 'Propose an edit' links open (e.g. main); --branch overrides it.") { Pattern = "^[^\\s~^:?*\\[\\\\]+$", Example = "main" },
        new("nav", FieldKind.TextList, "The pages in the navigation, in order, by source path (index.md, pillars/compute.md).") { Example = "[index.md, pillars/compute.md]" },
    ]);

    public static readonly Format FrontMatter = new("front-matter", "Page front matter", "The keys between the two '---' lines at the top of a page (input/**/*.md).",
    [
        new("title", FieldKind.Text, "The page's title: its heading, browser tab and link text.") { Required = true, Example = "Sovereign compute" },
        new("description", FieldKind.Text, "One sentence for search engines and link previews (a warning when missing).") { Example = "One sentence for search engines and link previews." },
        new("layout", FieldKind.Text, "A layout of theme/layouts/ (default: page; index.md defaults to home).") { Example = "page" },
        new("order", FieldKind.Integer, "Position in lists and in previous/next links (default 0, then by path).") { Example = "2" },
        new("draft", FieldKind.Boolean, "true keeps the page out of the site unless the build is run with --drafts.") { Example = "false" },
        new("slug", FieldKind.Pattern, "Replaces the last part of the page's URL; lowercase letters, digits and dashes.") { Pattern = "^[a-z0-9-]+$", Example = "compute" },
        new("summary", FieldKind.Text, "A short teaser for cards and lists (default: the description).") { Example = "A short teaser for cards and lists." },
        new("date", FieldKind.Date, "Publication date, written YYYY-MM-DD.") { Example = "2026-06-15" },
        new("updated", FieldKind.Date, "Date of the last change to the content, YYYY-MM-DD; shown as 'Last updated'.") { Example = "2026-11-20" },
        new("answer", FieldKind.Text, "The short answer a front page shows as its 'In short' paragraph beside the lead chart (home layout).") { Example = "Not on its own." },
        new("untranslated", FieldKind.Boolean, "true while this page still holds another language's text, waiting for its translation (`new` writes it into the twins it makes): check lists the page (I18N005, a note) and --strict fails; remove the key once it is translated.") { Example = "true" },
    ]);

    public static readonly Format Source = new("source", "Source", "Where a table's figures come from.",
    [
        new("title", FieldKind.Localized, "The title of the article, report or dataset; localized when it is ours to word (a calculation).") { Required = true, Example = "\"Canada's AI for All\"" },
        new("publisher", FieldKind.Localized, "Who published it; localized when the name reads differently per language.") { Example = "\"AINews\"" },
        new("date", FieldKind.DateOrMonth, "When it was published, YYYY-MM-DD or YYYY-MM.") { Example = "2026-06" },
        new("url", FieldKind.Url, "Its address, an absolute http(s) URL; leave the key out when there is none.") { Example = "https://example.org/report" },
    ]);

    public static readonly Format Column = new("column", "Column", "One column of a data table.",
    [
        new("id", FieldKind.Pattern, "The column's name in rows, blocks and figures: lowercase letters, digits, dashes or underscores.") { Required = true, Pattern = "^[a-z][a-z0-9_-]*$", Example = "budget" },
        new("label", FieldKind.Localized, "The column's header as readers see it.") { Required = true, Example = "{ en: AI strategy budget }" },
        new("type", FieldKind.Choice, "What the cells hold: text, number, percent, money or year.") { Required = true, Choices = ColumnTypes, Example = "money" },
        new("unit", FieldKind.Localized, "The unit shown with the numbers (PFLOP/s, MW, GPUs); localized where the words differ.") { Example = "{ en: million dollars, fr: millions de dollars }" },
        new("currency", FieldKind.Choice, "The currency of a money column (required for money), or per-row: each cell names its own (£900M, €5B, C$2.5B, US$1.8B, $2.5B CAD, or $40B (currency not stated) where the source names none).") { Choices = CurrencyChoices, RequiredWhen = ("type", "money"), AllowedWhen = ("type", ["money"]), Example = "USD" },
        new("scale", FieldKind.Choice, "The unit the numbers are written in: 1.8 with scale billion means 1.8 billion.") { Choices = Scales, AllowedWhen = ("type", ["number", "money"]), Example = "billion" },
        new("key", FieldKind.Boolean, "true for the column that names each row (default: the first column); its values must be unique.") { Example = "true" },
        new("max", FieldKind.Number, "The top of the scale, e.g. 10 for a score out of 10.") { Example = "10" },
        new("note", FieldKind.Localized, "A note about this column, shown under the table.") { Example = "{ en: estimate }" },
        new("no_article", FieldKind.Boolean, "true when the names in this text column take no article in a sentence (companies, people): chart summaries say them as shown, in every language. Otherwise a French summary needs each name's in_sentence form (le Canada).") { AllowedWhen = ("type", ["text"]), Example = "true" },
    ]);

    public static readonly Format DataTable = new("data-table", "Data table", "A typed data table: input/data/<id>.yml, where <id> is lowercase letters, digits and dashes.",
    [
        new("title", FieldKind.Localized, "The table's title, its caption and the default chart title.") { Required = true, Example = "{ en: National AI strategies compared }" },
        new("description", FieldKind.Localized, "One sentence on what the table shows (data pages, search).") { Example = "{ en: Budgets of five national AI strategies. }" },
        new("source", FieldKind.ObjectOrList, "Where the figures come from: one source or a list of them.") { Required = true, Items = Source },
        new("notes", FieldKind.Localized, "Notes shown under the table (estimates, conversions, what N/A means here).") { Example = "{ en: Budgets are the article's estimates. }" },
        new("updated", FieldKind.Date, "Date of the last change to the table's values, YYYY-MM-DD: its citations' date and provenance.json's; change it whenever a value changes (a warning, DATA003, when the values changed and it did not).") { Example = "2026-11-20" },
        new("columns", FieldKind.ObjectList, "The columns, in order.") { Required = true, Items = Column },
        new("rows", FieldKind.Rows, "One mapping per row: a value for every column id (write N/A where nothing applies).") { Required = true },
        new("untranslated", FieldKind.TextList, "The languages whose texts in this table still wait for their translation, e.g. [fr] (`new table` writes it on a bilingual site): check lists them (I18N005, a note) and --strict fails; remove a language once its texts are translated.") { Example = "[fr]" },
    ]);

    public static readonly Format TableBlock = new("table-block", "```table block", "The YAML body of a ```table fenced block in a page.",
    [
        new("table", FieldKind.Pattern, "The id of the table to show (its file name in input/data/ without .yml).") { Required = true, Pattern = "^[a-z0-9-]+$", Example = "national-strategies" },
        new("columns", FieldKind.TextList, "Exactly these columns, in this order (default: all); rows are headed by the key column when it is named, else by the first column.") { Example = "[country, budget]" },
        new("caption", FieldKind.Text, "A caption instead of the table's title.") { Example = "Budgets in US dollars" },
    ]);

    public static readonly Format Annotation = new("annotation", "Chart annotation", "A note pointing at one category of a chart.",
    [
        new("at", FieldKind.Text, "The category the note points at.") { Required = true, Example = "Saudi Arabia" },
        new("text", FieldKind.Text, "The note.") { Required = true, Example = "Project Transcendence" },
    ]);

    public static readonly Format ChartBlock = new("chart-block", "```chart block", "The YAML body of a ```chart fenced block in a page.",
    [
        new("table", FieldKind.Pattern, "The id of the table to draw.") { Required = true, Pattern = "^[a-z0-9-]+$", Example = "national-strategies" },
        new("type", FieldKind.Choice, "The kind of chart (default: bar).") { Choices = ChartTypes.Names, Example = "bar" },
        new("x", FieldKind.Text, "The column of the categories (default: the key column); for scatter, a number column.") { Example = "country" },
        new("y", FieldKind.TextOrList, "The column drawn, or a list of columns (grouped-bar, stacked-bar, line, range).") { Required = true, Alternative = "series", Example = "budget" },
        new("series", FieldKind.TextOrList, "Another name for y.") { Example = "[canada_now, canada_2027]" },
        new("row", FieldKind.Text, "Draw one row (by its key); the y columns become the categories. Replaces x.") { Example = "Total AI compute" },
        new("rows", FieldKind.TextList, "Draw only these rows, by key, in table order.") { Example = "[Canada, France]" },
        new("title", FieldKind.Localized, "The chart's title, best a sentence that states the finding (default: the table's title); in the page's language, or per language.") { Example = "Canada spends less than its peers" },
        new("subtitle", FieldKind.Localized, "A line under the title (what is measured, in which unit).") { Example = "AI strategy budgets, US$ billions" },
        new("caption", FieldKind.Localized, "A note under the chart, after its summary and source.") { Example = "Estimates from the article." },
        new("x_title", FieldKind.Localized, "The title of the category axis.") { Example = "Country" },
        new("y_title", FieldKind.Localized, "The title of the value axis (default: the column's label and unit).") { Example = "Budget (US$ billions)" },
        new("log", FieldKind.Boolean, "true draws the value axis on a logarithmic scale (for values far apart).") { Example = "true" },
        new("highlight", FieldKind.Text, "A category drawn in the accent colour.") { Example = "Canada" },
        new("sort", FieldKind.Choice, "Order of the categories (default: none, the table's order).") { Choices = SortOrders, Example = "descending" },
        new("annotations", FieldKind.ObjectList, "Notes pointing at categories.") { Items = Annotation },
        new("label", FieldKind.Text, "A text column added to each value's label.") { Example = "exit_risk" },
    ]);

    /// <summary>The formats published as schemas/&lt;id&gt;.schema.json, in a stable order.</summary>
    public static readonly IReadOnlyList<Format> Published = [Site, FrontMatter, DataTable, TableBlock, ChartBlock];
}
