using Scriban.Runtime;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Localization;
using Site.Markdown;
using Site.Sharing;
using Site.Tracking;

namespace Site.Templates;

/// <summary>
/// The template models of one build, by page index: every page's model and each language's renderer
/// over its globals (t, date, figure, data, site, lang). The build fills them in stage by stage and
/// renders through them; nothing outside this folder sees a Scriban type. The preview keeps them so
/// that a page whose body alone changed can be rendered again by itself (see Site.Build.PageFirst)
/// with exactly the models the next full build would give it.
/// </summary>
public sealed class RenderModels
{
    private readonly IReadOnlyList<Page> _pages;
    private readonly List<ScriptObject> _models;
    private readonly TemplateSet _templates;
    private readonly Dictionary<string, SourceFile> _files;
    private readonly Dictionary<string, TemplateRenderer> _renderers = new(StringComparer.Ordinal);

    /// <summary>A model per page (its front matter, URL, language and edit link); the page files are the templates of their bodies.</summary>
    public RenderModels(IReadOnlyList<Page> pages, TemplateSet templates, string basePath, string? siteUrl, Func<Page, string?> editUrl)
    {
        _pages = pages;
        _templates = templates;
        _models = pages.Select(p => ScriptModel.Page(p, basePath, siteUrl, p.Language, editUrl(p))).ToList();
        _files = new Dictionary<string, SourceFile>(templates.Files, StringComparer.Ordinal);
        foreach (var page in pages) _files[page.Source.FullPath] = page.Source;
    }

    /// <summary>The language switcher and hreflang links of page <paramref name="index"/>.</summary>
    public void AddTranslations(int index, IEnumerable<LanguageVersions.Version> translations, IEnumerable<(string HrefLang, string Permalink)> alternates) =>
        ScriptModel.AddTranslations(_models[index], translations, alternates);

    /// <summary>The card and the citation of page <paramref name="index"/> (src/Sharing/).</summary>
    public void AddSharing(int index, SiteSharing.Entry? entry, string basePath, string cardAlt) => SharingModel.Add(_models[index], entry, basePath, cardAlt);

    /// <summary>Page models are shared by the parallel body renders from here on.</summary>
    public void FreezePages()
    {
        foreach (var model in _models) model.IsReadOnly = true;
    }

    /// <summary>
    /// One language's renderer: its globals see that language's pages (<paramref name="pagesInLanguage"/>, by index) as <c>site.pages</c>.
    /// A build that records no reads (<paramref name="recordsReads"/> false: a plain build) makes <c>data</c> only if a template reads it.
    /// </summary>
    public void AddLanguage(string language, SiteConfig config, string? siteUrl, string basePath, IReadOnlyList<NavItem> nav, IReadOnlyList<int> pagesInLanguage,
        string home, IReadOnlyDictionary<string, string> assetUrls, IReadOnlyDictionary<string, DataTable> tables, UiStrings uiStrings, bool recordsReads)
    {
        var globals = TemplateFunctions.Create(basePath, language, config.Language, assetUrls, tables, uiStrings);
        globals["site"] = ScriptModel.Site(config, siteUrl, basePath, pagesInLanguage.Select(i => _models[i]).ToList(), nav, language, home, hasDataPages: tables.Count > 0);
        if (recordsReads) globals["data"] = ScriptModel.Data(tables, language, config.Language);
        else ((FunctionTable)globals).Defer("data", () => ScriptModel.Data(tables, language, config.Language));
        globals["lang"] = language;
        globals.IsReadOnly = true;
        _renderers[language] = new TemplateRenderer(_templates, globals, _files);
    }

    /// <summary>Page <paramref name="index"/>'s body with its template code run (null when it failed: the error is in the scope).</summary>
    public string? ExpandBody(int index, PageScope scope) => _renderers[_pages[index].Language].ExpandBody(_pages[index], _models[index], scope);

    /// <summary>Page <paramref name="index"/> through its layouts (null when they failed).</summary>
    public string? RenderPage(int index, PageScope scope) => _renderers[_pages[index].Language].RenderPage(_pages[index], _models[index], scope);

    /// <summary>Whether every model value a cached render of page <paramref name="index"/> read still holds what it read.</summary>
    public bool StillTrue(int index, IReadOnlyList<ModelRead> reads) =>
        ModelReads.StillTrue(reads, ModelReads.Roots(_renderers[_pages[index].Language].Globals, _models[index]));

    /// <summary>What the rendered body tells its layout (content, headings, length). Single-threaded, once bodies are done.</summary>
    public void AddBody(int index, MarkdownResult? body) => ScriptModel.AddBody(_models[index], body);

    /// <summary>Each page's charts' oEmbed links (<c>page.embeds</c>), once the bodies are rendered and before the models are frozen.</summary>
    public void AddEmbedDiscovery(ChartEmbeds embeds) => EmbedModel.AddDiscovery(_models, embeds);

    /// <summary>Renders one chart's embed page: the theme's embed layout alone, with its page's language's globals.</summary>
    public Func<ChartEmbeds.Embed, PageScope, string?> EmbedRenderer(string basePath) => EmbedModel.Renderer(_renderers, basePath);

    /// <summary>Previous and next links along <paramref name="sequence"/> (indexes), skipping pages not <paramref name="inSequence"/>.</summary>
    public void LinkNeighbours(IReadOnlyList<int> sequence, IReadOnlyList<bool> inSequence) =>
        ScriptModel.LinkNeighbours(sequence.Select(i => _models[i]).ToList(), inSequence);

    /// <summary>
    /// The models for page <paramref name="index"/> with a new body: a fresh page model made as the
    /// build makes it, and a renderer whose <c>site.pages</c> holds that model in the old one's place
    /// (a full build would list the new model there too). Everything else is shared with the last build.
    /// </summary>
    public Edit ForNewBody(int index, Page page, string basePath, string? siteUrl)
    {
        var old = _models[index];
        var model = ScriptModel.Page(page, basePath, siteUrl, page.Language, old["edit_url"] as string);
        // What the build adds before bodies render: the language switcher and hreflang links (they
        // depend on the page's place and twins, which an edit of the body alone leaves as they were).
        model["translations"] = old["translations"];
        model["alternates"] = old["alternates"];
        // The card and the citation (src/Sharing/) come from the front matter, as they were; a body edit
        // that changes the lead chart gets its new card from the full build that follows.
        model["card"] = old["card"];
        model["cite"] = old["cite"];
        model.IsReadOnly = true;

        var renderer = _renderers[page.Language];
        var globals = new ScriptObject();
        foreach (var (name, value) in renderer.Globals)
            globals[name] = name == "site" && value is ScriptObject site ? WithPage(site, old, model) : value;
        globals.IsReadOnly = true;
        var sources = new Dictionary<string, SourceFile>(_files, StringComparer.Ordinal) { [page.Source.FullPath] = page.Source };
        return new Edit(page, old, model, new TemplateRenderer(_templates, globals, sources));
    }

    /// <summary>The <c>site</c> object of a language with one page model replaced in <c>site.pages</c>, members in the same order.</summary>
    private static ScriptObject WithPage(ScriptObject site, ScriptObject old, ScriptObject model)
    {
        var copy = new TrackedObject();
        foreach (var (name, value) in site)
            copy[name] = name == "pages" && value is ScriptArray list
                ? new ScriptArray(list.Select(p => ReferenceEquals(p, old) ? model : p))
                : value;
        copy.IsReadOnly = true;
        return copy;
    }

    /// <summary>One page rendered again: its new model (body first, then layout) and the renderer that sees it.</summary>
    public sealed class Edit
    {
        private readonly Page _page;
        private readonly ScriptObject _old;
        private readonly ScriptObject _model;
        private readonly TemplateRenderer _renderer;

        internal Edit(Page page, ScriptObject old, ScriptObject model, TemplateRenderer renderer) => (_page, _old, _model, _renderer) = (page, old, model, renderer);

        public string? ExpandBody(PageScope scope) => _renderer.ExpandBody(_page, _model, scope);

        public string? RenderPage(PageScope scope) => _renderer.RenderPage(_page, _model, scope);

        /// <summary>
        /// After the body: what the body tells (content, headings, length), its charts' oEmbed links, then the neighbours the last
        /// build linked (their titles and URLs are the same), in the order the build adds them.
        /// </summary>
        public void AddBody(MarkdownResult? body)
        {
            ScriptModel.AddBody(_model, body);
            // The charts' oEmbed links, as they were (a body edit that adds a chart gets its link from the full build).
            _model["embeds"] = _old["embeds"];
            _model["previous"] = _old["previous"];
            _model["next"] = _old["next"];
            _model.IsReadOnly = true;
        }
    }
}
