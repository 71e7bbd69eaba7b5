using Scriban.Runtime;
using Site.Content;
using Site.Data;
using Site.Markdown;

namespace Site.Templates;

/// <summary>
/// The objects templates see: <c>site</c>, <c>page</c> and <c>data</c>. Built once per build and
/// shared by every render, so they are made read-only: a template cannot change what another
/// page (on another thread) reads.
/// </summary>
public static class ScriptModel
{
    /// <summary>
    /// How many members a page model ends with: those made here, then card and cite (SharingModel), word_count,
    /// charts and reading_minutes (<see cref="AddBody"/>), previous and next, embeds (EmbedModel).
    /// </summary>
    private const int PageMembers = 27;

    public static ScriptObject Page(Page page, string basePath, string? siteUrl, string language, string? editUrl)
    {
        var model = new TrackedObject(PageMembers)
        {
            ["title"] = page.Meta.Title,
            ["description"] = page.Meta.Description,
            ["summary"] = page.Meta.Summary,
            ["answer"] = page.Meta.Answer,
            ["url"] = BasePath.Apply(basePath, page.Url),
            ["path"] = page.Url,
            ["permalink"] = siteUrl is null ? null : siteUrl + BasePath.Apply(basePath, page.Url),
            ["source"] = page.SourcePath,
            // "Propose an edit": null when no repository is configured or the page has no file of its own.
            ["edit_url"] = editUrl,
            ["layout"] = page.Layout,
            ["order"] = page.Meta.Order,
            ["date"] = page.Meta.Date,
            ["updated"] = page.Meta.Updated ?? page.Meta.Date,
            ["draft"] = page.Meta.Draft,
            ["language"] = language,
            ["content"] = "",
            ["headings"] = new ScriptArray(),
            ["translations"] = new ScriptArray(),
            ["alternates"] = new ScriptArray(),
        };
        return model;
    }

    /// <summary>
    /// The page in the other languages: <c>translations</c> (the switcher: each other language's
    /// twin, or its home page when there is none) and <c>alternates</c> (hreflang links: absolute
    /// URLs of this page and its twins, plus x-default for the default language; empty without a
    /// site URL, as search engines need absolute ones, or when the page has no twin).
    /// </summary>
    public static void AddTranslations(ScriptObject page, IEnumerable<LanguageVersions.Version> translations, IEnumerable<(string HrefLang, string Permalink)> alternates)
    {
        page["translations"] = new ScriptArray(translations.Select(t => new FrozenObject(TranslationShape, t.Language, t.Name, t.Url, t.IsTwin)));
        page["alternates"] = new ScriptArray(alternates.Select(a => new FrozenObject(AlternateShape, a.HrefLang, a.Permalink)));
    }


    /// <summary>
    /// What only the rendered body tells: content, headings, length. Called on one thread after every
    /// body is rendered; the model is read-only before and after (bodies render in parallel).
    /// </summary>
    public static void AddBody(ScriptObject page, MarkdownResult? body)
    {
        page.IsReadOnly = false;
        // Held as UTF-8 (the largest part of a page model); TrackedObject gives templates its text.
        page["content"] = body is null ? "" : (object)body.Body;
        page["headings"] = new ScriptArray(body?.Headings.Select(h => new FrozenObject(HeadingShape, Boxed(h.Level), h.Id, h.Text)) ?? []);
        page["word_count"] = body?.WordCount ?? 0;
        // Layouts load the chart script and stylesheet only on pages that have charts.
        page["charts"] = body?.Count("chart") ?? 0;
        // Reading time at 220 words a minute, the usual figure for adults reading non-fiction on screen.
        page["reading_minutes"] = Math.Max(1, (int)Math.Ceiling((body?.WordCount ?? 0) / 220.0));
    }

    /// <summary>Previous and next page (title and URL) in reading order, then every model is frozen.</summary>
    public static void LinkNeighbours(IReadOnlyList<ScriptObject> pages, IReadOnlyList<bool> inSequence)
    {
        foreach (var page in pages)
        {
            page.IsReadOnly = false;
            page["previous"] = null;
            page["next"] = null;
        }
        var sequence = Enumerable.Range(0, pages.Count).Where(i => inSequence[i]).ToList();
        for (var k = 0; k < sequence.Count; k++)
        {
            var page = pages[sequence[k]];
            page["previous"] = k > 0 ? Neighbour(pages[sequence[k - 1]]) : null;
            page["next"] = k + 1 < sequence.Count ? Neighbour(pages[sequence[k + 1]]) : null;
        }
        foreach (var page in pages) page.IsReadOnly = true;
    }

    private static FrozenObject Neighbour(ScriptObject page) => new(NeighbourShape, page["title"], page["url"]);

    // The members of the small objects every page holds (FrozenObject: a shape shared, not a dictionary each).
    private static readonly FrozenObject.Shape TranslationShape = new("lang", "name", "url", "twin");
    private static readonly FrozenObject.Shape AlternateShape = new("lang", "permalink");
    private static readonly FrozenObject.Shape HeadingShape = new("level", "id", "text");
    private static readonly FrozenObject.Shape NeighbourShape = new("title", "url");

    /// <summary>Heading levels 1 to 6, boxed once rather than once a heading.</summary>
    private static readonly object[] Levels = [.. Enumerable.Range(0, 7).Select(level => (object)level)];

    private static object Boxed(int level) => level is >= 0 and < 7 ? Levels[level] : level;

    public static ScriptObject Site(SiteConfig config, string? siteUrl, string basePath, IReadOnlyList<ScriptObject> pages, IReadOnlyList<NavItem> nav, string language) =>
        Site(config, siteUrl, basePath, pages, nav, language, "/");

    /// <summary>The site as one language's pages see it: its title, navigation, home, feed, search index and data pages in that language.</summary>
    public static ScriptObject Site(SiteConfig config, string? siteUrl, string basePath, IReadOnlyList<ScriptObject> pages, IReadOnlyList<NavItem> nav, string language, string home,
        bool hasDataPages = true)
    {
        var site = new TrackedObject
        {
            ["title"] = config.Title.Get(language, config.Language),
            ["description"] = config.Description?.Get(language, config.Language),
            ["language"] = language,
            ["default_language"] = config.Language,
            ["home"] = BasePath.Apply(basePath, home),
            ["home_path"] = home,
            ["languages"] = new ScriptArray(config.Languages),
            ["base_path"] = basePath,
            // The origin the site is published at (--site-url, else site.yml's url), for absolute links.
            ["url"] = siteUrl,
            ["author"] = config.Author,
            ["publisher"] = config.Publisher,
            ["license"] = config.License,
            ["repository"] = config.Repository,
            ["branch"] = config.Branch ?? EditLink.DefaultBranch,
            ["pages"] = new ScriptArray(pages),
            // The feed is made of absolute URLs, so it is written only with an origin: without one, nothing may link it.
            ["feed"] = siteUrl is null ? null : BasePath.Apply(basePath, home + "feed.xml"),
            ["search_index"] = BasePath.Apply(basePath, home + "search-index.json"),
            // The data pages exist only when there are tables: without them, nothing may link /data/.
            ["data_index"] = hasDataPages ? BasePath.Apply(basePath, home + "data/") : null,
            ["data_path"] = home + "data/",
            ["nav"] = Navigation(nav),
        };
        site.IsReadOnly = true;
        return site;
    }

    public static ScriptArray Navigation(IEnumerable<NavItem> items) =>
        new(items.Select(item => ReadOnly(new TrackedObject { ["title"] = item.Title, ["url"] = item.Url, ["source"] = item.Source })));

    public static ScriptObject Data(IReadOnlyDictionary<string, DataTable> tables, string language, string fallbackLanguage)
    {
        var data = new TrackedObject();
        foreach (var table in tables.Values.OrderBy(t => t.Id, StringComparer.Ordinal)) data[table.Id] = Table(table, language, fallbackLanguage);
        data.IsReadOnly = true;
        return data;
    }

    private static ScriptObject Table(DataTable table, string language, string fallbackLanguage)
    {
        var columns = new ScriptArray();
        foreach (var column in table.Columns)
        {
            columns.Add(ReadOnly(new TrackedObject
            {
                ["id"] = column.Id,
                ["label"] = column.Label.Get(language, fallbackLanguage),
                ["type"] = ValueParser.Describe(column.Type),
                ["unit"] = ValueFormatter.HeaderUnit(column, language),
                ["currency"] = column.Currency,
                ["key"] = column == table.KeyColumn,
            }));
        }

        var rows = new ScriptArray();
        foreach (var row in table.Rows)
        {
            var text = new TrackedObject();
            var prose = new TrackedObject();
            foreach (var column in table.Columns)
            {
                var value = row.Cells[column.Id];
                text[column.Id] = ValueFormatter.PlainText(value, column, language, prose: false);
                prose[column.Id] = ValueFormatter.PlainText(value, column, language, prose: true);
            }
            rows.Add(ReadOnly(new TrackedObject { ["key"] = row.Key, ["text"] = ReadOnly(text), ["prose"] = ReadOnly(prose) }));
        }

        var sources = new ScriptArray();
        foreach (var source in table.Sources)
            sources.Add(ReadOnly(new TrackedObject { ["title"] = source.Title.Get(language, source.Title.DefaultLanguage), ["publisher"] = source.Publisher?.Get(language, source.Publisher.DefaultLanguage), ["date"] = source.Date, ["url"] = source.Url }));

        return ReadOnly(new TrackedObject
        {
            ["id"] = table.Id,
            ["title"] = table.Title.Get(language, fallbackLanguage),
            ["description"] = table.Description?.Get(language, fallbackLanguage),
            ["notes"] = table.Notes?.Get(language, fallbackLanguage),
            ["sources"] = sources,
            ["columns"] = columns,
            ["rows"] = rows,
        });
    }

    private static ScriptObject ReadOnly(ScriptObject value)
    {
        value.IsReadOnly = true;
        return value;
    }
}
