using static Site.Diagnostics.DiagnosticStage;
using static Site.Diagnostics.Severity;

namespace Site.Diagnostics;

/// <summary>
/// The catalog: every diagnostic code the generator reports, defined once. A call site names one
/// (<c>diagnostics.Report(at, Codes.PAGE003, message)</c>), so an unknown code does not compile and the
/// severity is the catalog's. docs/diagnostics.md is generated from this file (<see cref="DiagnosticsDoc"/>,
/// <c>dotnet run -- diagnostics-doc</c>); tests/DiagnosticsDocTests.cs fails when the two drift.
/// To add a code: one <see cref="Define"/> line here, in its family, then regenerate the doc.
/// </summary>
public static class Codes
{
    // First, so that it exists when the fields below are initialised (in the order they are written).
    private static readonly List<DiagnosticCode> Defined = [];

    /// <summary>Every code, in the order of this file (the doc's order).</summary>
    public static IReadOnlyList<DiagnosticCode> All => Defined;

    /// <summary>Codes no longer reported, kept so that nothing reuses them: id and what became of it.</summary>
    public static IReadOnlyList<(string Id, string Help)> Retired { get; } =
    [
        ("SITE004", "Was a warning for a missing `url`; a build without a site URL now leaves sitemap.xml, feed.xml and absolute links out and says so in its summary."),
    ];

    /// <summary>The codes --strict reports as errors.</summary>
    public static IReadOnlySet<string> RaisedByStrict => Defined.Where(c => c.ErrorWithStrict).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    private static DiagnosticCode Define(string id, Severity severity, DiagnosticStage stage, string message, string help,
        bool errorWithStrict = false, string? alsoWarning = null)
    {
        var code = new DiagnosticCode(id, severity, stage, message, help) { ErrorWithStrict = errorWithStrict, AlsoWarning = alsoWarning };
        Defined.Add(code);
        return code;
    }

    private const string TemplateWarnings = "Scriban's parser warnings are reported with this code too, as warnings: the build goes on.";

    // The site: site.yml and the files of input/ and theme/.
    public static readonly DiagnosticCode SITE001 = Define("SITE001", Error, Parse,
        "{what is wrong with site.yml}, e.g. url must be the site's origin, like https://owner.github.io …, not '{url}'",
        "`site.yml` is not valid YAML, has an unknown key or a bad value. The message names the key and what it accepts.");
    public static readonly DiagnosticCode SITE002 = Define("SITE002", Error, Load,
        "'{name}' is a link to '{target}', outside '{root}/'; copy the file in instead",
        "A symbolic link leads outside `input/` or `theme/`: the site would publish a file it does not hold. Copy the file in instead.");
    public static readonly DiagnosticCode SITE003 = Define("SITE003", Error, Load,
        "the file is not valid UTF-8 (byte {offset}); save it as UTF-8",
        "A text file is not valid UTF-8 (the position of the first bad byte is given). Save it as UTF-8 in your editor.");
    public static readonly DiagnosticCode SITE005 = Define("SITE005", Error, Validate,
        "nav names '{path}', which is not a page in input/; did you mean '{suggestion}'?",
        "`nav` in `site.yml` names a page that does not exist. Name a page by its source path (pillars/compute.md).");
    public static readonly DiagnosticCode SITE006 = Define("SITE006", Error, Validate,
        "this file would be published at /{path}, where the build already writes a generated file or page; rename or move it",
        "A file in `input/` would be published where the build writes a page or a generated file (sitemap.xml, feed.xml, …), or a chart's embed files (`embed/<page>/<chart id>.html`, its oEmbed JSON, card and citations) would be where the build writes another file (reported at the chart's page). Rename or move the file or the page.");
    public static readonly DiagnosticCode SITE007 = Define("SITE007", Error, Load,
        "the folder cannot be read: permission denied; give the account that builds the site read access (chmod a+rx)",
        "A file or folder in `input/` or `theme/` cannot be read (permissions: give the account that builds read access), or is not a regular file (a FIFO, a device). A template that cannot be read stands in as empty, so the pages using it report nothing more.");
    public static readonly DiagnosticCode SITE008 = Define("SITE008", Error, Load,
        "card.yml lacks '{key}' | '{key}' must name a font file in {folder}/ | '{key}' must be a colour written #rrggbb",
        "`theme/card/card.yml` (the social cards' fonts and colours) is not a mapping, lacks a key, names a font file that is not beside it, or has a colour not written `#rrggbb`.");

    // Pages: their files, front matter and bodies.
    public static readonly DiagnosticCode PAGE001 = Define("PAGE001", Error, Parse,
        "a page must start with front matter: a line '---', 'title: ...', and a closing '---'",
        "A page has no front matter, or it is not closed: start the file with a line `---`, then `title: …`, then a closing `---`.");
    public static readonly DiagnosticCode PAGE002 = Define("PAGE002", Error, Parse,
        "{what is wrong with the front matter}, e.g. missing required key 'title'",
        "Front matter is not valid YAML, has an unknown key, a missing title or a bad value. The message names the key and what it accepts (docs/content-format.md).");
    public static readonly DiagnosticCode PAGE003 = Define("PAGE003", Error, Parse,
        "'{path}' has characters that do not belong in a URL; use letters, digits, dashes, underscores and dots in file and folder names",
        "A page's file or folder name has characters that do not belong in a URL, or is a name Windows reserves (CON, NUL, COM1…). Rename the file or folder (or set another `slug`).");
    public static readonly DiagnosticCode PAGE004 = Define("PAGE004", Warning, Parse,
        "no 'description': search engines and link previews will show no summary of this page",
        "A page has no `description`. Add one sentence that sums the page up.");
    public static readonly DiagnosticCode PAGE005 = Define("PAGE005", Error, Validate,
        "this page and input/{other} both publish to {url}; give one of them another slug",
        "Two pages publish to the same URL, or to URLs that differ only in letter case. Rename one, or give it another `slug`.");
    public static readonly DiagnosticCode PAGE006 = Define("PAGE006", Error, Validate,
        "unknown layout '{layout}'; theme/layouts/ has {layouts}",
        "A page names a layout the theme does not have. Use one of `theme/layouts/`, or add it there.");
    public static readonly DiagnosticCode PAGE007 = Define("PAGE007", Warning, Validate,
        "this page has no twin in '{language}': add input/{twin}; until then its language switcher leads to the '{language}' home page",
        "A page has no twin in another declared language (`input/x.md` without `input/fr/x.md`, or the reverse); its language switcher leads to the other language's home page. Add the twin (`new page` writes both).",
        errorWithStrict: true);
    public static readonly DiagnosticCode PAGE010 = Define("PAGE010", Error, Render,
        "column '{column}' not in table '{table}'; did you mean '{suggestion}'?",
        "A ```` ```table ```` block names an unknown table or column, has an empty `columns` list, or has an unknown key.");
    public static readonly DiagnosticCode PAGE011 = Define("PAGE011", Error, Render,
        "{what is wrong with the YAML}, e.g. a ```{kind}``` block holds YAML keys, e.g. 'table: national-strategies'",
        "An embed block's body is not valid YAML, or is not a mapping of keys.");
    public static readonly DiagnosticCode PAGE012 = Define("PAGE012", Error, Render,
        "unknown table '{table}'; did you mean '{suggestion}'?",
        "A ```` ```keyfigures ```` block names an unknown table, row or column, or lacks a label.");
    public static readonly DiagnosticCode PAGE013 = Define("PAGE013", Error, Render,
        "a card names a page by its source path (e.g. pillars/compute.md), not {what}",
        "A ```` ```cards ```` block names something that is not a page's source path.");
    public static readonly DiagnosticCode PAGE014 = Define("PAGE014", Error, Render,
        "raw HTML '{html}' is not allowed; write Markdown, or inline tags without attributes are: {tags}",
        "Raw HTML that is not on the allowed list (inline tags without attributes: `<sup>`, `<abbr>`, `<br>`, …; comments), or a `{…}` attribute other than an id or a class. See [Raw HTML in pages](#raw-html-in-pages-page014).");
    public static readonly DiagnosticCode PAGE020 = Define("PAGE020", Error, Render,
        "template error: {what failed} | template syntax: {what is wrong}",
        "A `{{ … }}` expression in a page has a syntax or runtime error.",
        alsoWarning: TemplateWarnings);

    // Charts: ```chart blocks.
    public static readonly DiagnosticCode CHART001 = Define("CHART001", Error, Render,
        "unknown key '{key}' in a chart block; known keys: {keys} | missing required key 'y': the column (or list of columns) to draw",
        "A ```` ```chart ```` block has an unknown key or lacks `y`.");
    public static readonly DiagnosticCode CHART002 = Define("CHART002", Error, Render,
        "unknown table '{table}'; did you mean '{suggestion}'?",
        "A chart names an unknown table: tables are the files of `input/data/`, named without `.yml`.");
    public static readonly DiagnosticCode CHART003 = Define("CHART003", Error, Render,
        "unknown chart type '{type}'; use one of {types}",
        "A chart names an unknown type.");
    public static readonly DiagnosticCode CHART004 = Define("CHART004", Error, Render,
        "column '{column}' not in table '{table}'; did you mean '{suggestion}'?",
        "A chart names a column its table does not have.");
    public static readonly DiagnosticCode CHART005 = Define("CHART005", Error, Render,
        "column '{column}' holds text, not numbers; a chart's y must be a number, percent, money or year column",
        "A chart's `y` column holds text, not numbers.");
    public static readonly DiagnosticCode CHART006 = Define("CHART006", Error, Render,
        "highlight '{category}' matches no category of the chart; did you mean '{suggestion}'?",
        "`highlight` or an annotation names no category of the chart.");
    public static readonly DiagnosticCode CHART007 = Define("CHART007", Error, Render,
        "no row '{row}' in table '{table}'; did you mean '{suggestion}'?",
        "`row` or `rows` names a row the table does not have.");
    public static readonly DiagnosticCode CHART008 = Define("CHART008", Error, Render,
        "{what does not fit}, e.g. a bar chart draws one column; use grouped-bar or stacked-bar for {count}",
        "An option that does not fit the chart (several columns in a bar chart, stacked bounds, scatter without numeric x, bad sort).");
    public static readonly DiagnosticCode CHART009 = Define("CHART009", Error, Render,
        "table '{table}' has no rows, so the chart would be empty; add rows to the table or remove the chart",
        "A chart would have no rows to draw (its table is empty).");
    public static readonly DiagnosticCode CHART010 = Define("CHART010", Warning, Render,
        "a French chart summary names '{category}' in a sentence: write it as a sentence says it, with its article, under in_sentence …",
        "A French chart summary names a category whose text has no French `in_sentence` form (its article) and whose column is not `no_article: true`; reported at the cell or label, and the summary lists the names after a colon meanwhile.");
    public static readonly DiagnosticCode CHART011 = Define("CHART011", Error, Render,
        "these columns are in {count} currencies ({columns}), which one value axis cannot hold; draw one currency per chart, or a column converted to one currency",
        "A chart draws money columns in different currencies on one value axis.");

    // Data tables: input/data/*.yml.
    public static readonly DiagnosticCode DATA001 = Define("DATA001", Error, Parse,
        "{what is wrong with the table}, e.g. money column '{column}' needs a currency ({currencies}): the article mixes them, the site must not",
        "A data table is not valid YAML, has a bad column, a ragged row, a duplicate key, a value that does not fit its column (or a number beyond 28 digits), or shares its id with another file (`x.yml` and `x.yaml`).");
    public static readonly DiagnosticCode DATA002 = Define("DATA002", Error, Render,
        "unknown table '{table}' | no row '{row}' in table '{table}' | column '{column}' not in table '{table}'; did you mean '{suggestion}'?",
        "`figure` names an unknown table, row or column.");
    public static readonly DiagnosticCode DATA004 = Define("DATA004", Error, Parse,
        "value '{cell}' in column '{column}' (money, currency per row) names no currency: write £900M, €5B, C$2.5B, US$1.8B, $2.5B CAD, or $40B (currency not stated)",
        "A cell of a money column whose currency is per row (`currency: per-row`) names no currency (a bare number, or a bare `$`, which does not say which dollar), names two (`£1B-€2B`, `£900M EUR`), or names one and says it is not stated; write `£900M`, `€5B`, `C$2.5B`, `US$1.8B`, `$2.5B CAD`, or `$40B (currency not stated)` where the source names none.");
    public static readonly DiagnosticCode DATA003 = Define("DATA003", Warning, Validate,
        "the table's values changed since the last build, but its 'updated' date is still {date}: set it to the date of this change",
        "A table's values differ from those the previous build published (the `provenance.json` of the output folder being replaced) while its `updated` date did not change (or it has none): set `updated` to the date of the change. Notes and labels do not count; without a previous build nothing is compared (docs/content-format.md, \"Sharing\").");

    // Row ids.
    public static readonly DiagnosticCode SLUG001 = Define("SLUG001", Error, Validate,
        "the key '{key}' gives the same id ('{id}') as '{other}' (line {line}): links to rows could not tell them apart; change one key",
        "Two row keys of one table give the same id (`U.K.` and `U K` both give `u-k`; `Québec` and `QUÉBEC` both give `québec`), so links to rows could not tell them apart. Change one key.");

    // The theme's templates.
    public static readonly DiagnosticCode TPL001 = Define("TPL001", Error, Parse,
        "template syntax: {what is wrong}",
        "A layout or partial has a Scriban syntax error.",
        alsoWarning: TemplateWarnings);
    public static readonly DiagnosticCode TPL002 = Define("TPL002", Error, Render,
        "template error: {what failed}, e.g. unknown partial '{name}'",
        "A layout or partial failed while rendering (unknown variable, unknown partial, …).");
    public static readonly DiagnosticCode TPL003 = Define("TPL003", Error, Render,
        "unknown asset '{path}' (theme/assets/{path} does not exist); did you mean '{suggestion}'?",
        "`asset` names a file that is not in `theme/assets/`.");
    public static readonly DiagnosticCode TPL004 = Define("TPL004", Error, Validate,
        "the theme has no layouts/base.sbn-html, the layout every page is wrapped in",
        "The theme has no `layouts/base.sbn-html`.");

    // Links.
    public static readonly DiagnosticCode LINK001 = Define("LINK001", Error, Render,
        "broken link '{link}': there is no page input/{path}; did you mean '{suggestion}'?",
        "A link points to a page or file that does not exist (or to a draft left out of the build).");
    public static readonly DiagnosticCode LINK002 = Define("LINK002", Error, Render,
        "link '{link}' goes above the root of the site",
        "A link climbs above the root of the site.");
    public static readonly DiagnosticCode LINK003 = Define("LINK003", Error, Render,
        "broken anchor '{link}': page {url} has no heading or element with id '{id}'; did you mean '#{suggestion}'?",
        "A link's `#anchor` is not an id on the target page.");
    public static readonly DiagnosticCode LINK004 = Define("LINK004", Error, Render,
        "link '{link}' uses a scheme other than http, https or mailto; a link must be one of those or relative",
        "A link uses a scheme other than `http:`, `https:` or `mailto:` (`javascript:`, `data:`, `file:` …).");
    public static readonly DiagnosticCode LINK005 = Define("LINK005", Error, Validate,
        "{kind} '{url}' leads to {path}, which this build does not write",
        "A page, stylesheet or web app manifest the build publishes names a local URL (relative, root-relative, or absolute on the site's origin) that leads to no file the build writes, or a path without a host outside the base path: a template linking `feed.xml` in a build without a site URL (use `site.feed`, which is empty then), an icon that is not in `theme/assets/`, a `url()` to a missing image. Reported where the URL is written in a template, page, stylesheet or manifest when it stands there literally; otherwise at the reference in the rendered page (`output/…:line:column`, with the page's layout named). A reference made on many pages is one error (\"and in N other files\").");

    // Translations.
    public static readonly DiagnosticCode I18N001 = Define("I18N001", Error, Parse,
        "'{key}' must be text, not {what} | a UI strings file must be a mapping of keys to text",
        "A `theme/i18n/<lang>.yml` file is not a mapping of keys to text.");
    public static readonly DiagnosticCode I18N002 = Define("I18N002", Error, Render,
        "no UI string '{key}' in theme/i18n/{language}.yml",
        "`t` names a UI string that no language's file has.");
    public static readonly DiagnosticCode I18N003 = Define("I18N003", Warning, Validate,
        "no UI string '{key}' in {file} (i18n/{other}.yml has it): pages in '{language}' show the '{default}' text",
        "A `theme/i18n/<lang>.yml` lacks a key another language's file has (at the file that lacks it), or a declared language has no file; its pages show the default language's text.",
        errorWithStrict: true);
    public static readonly DiagnosticCode I18N004 = Define("I18N004", Warning, Parse,
        "'{what}' has no '{language}' text: add '{language}: …' beside '{default}:'; pages in '{language}' show the '{default}' text",
        "A localized text (`{ en: …, fr: … }`) in site.yml or a data table lacks a language of `languages`; its pages show the default language's text.",
        errorWithStrict: true);
    public static readonly DiagnosticCode I18N005 = Define("I18N005", Note, Parse,
        "this page waits for its translation into '{language}': translate its title, description and text, then remove 'untranslated'",
        "Text waiting for its translation: a page with `untranslated: true`, or a table listing the language in `untranslated: [fr]` (what `new` writes on a multilingual site); not a problem, something to do, so it is a note, not a warning.",
        errorWithStrict: true);

    public static readonly DiagnosticCode LANG001 = Define("LANG001", Error, Load,
        "the site declares the language '{code}' but the theme has no languages/{code}.yml …",
        "`site.yml` declares a language (`languages:`, or `language:` alone) whose rules the theme lacks: no `theme/languages/<code>.yml` (nor in the tool's default theme); reported at the code in `site.yml`. Without its rules the generator cannot write that language's numbers, dates or chart summaries (docs/translating.md, \"Adding a language\").");
    public static readonly DiagnosticCode LANG002 = Define("LANG002", Error, Load,
        "missing key '{key}' | '{key}' must be {kind}, not {what} | unknown key '{key}'; did you mean '{nearest}'?",
        "A `theme/languages/<code>.yml` is not valid YAML or not a mapping, lacks a key (at the file's first line, the key named in full: `values.cell.under`), has a value of the wrong kind (text, true/false, a list of 12 months, a whole number), a form with a place its key cannot fill (`{unit}` in `money.plain`), a sentence whose `{n}` places are out of range, or an unknown key (with the nearest known one).");
}
