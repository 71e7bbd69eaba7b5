using System.Diagnostics;
using Site.Caching;
using Site.Charts;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Loading;
using Site.Markdown;
using Site.Markdown.Embeds;
using Site.Output;
using Site.Rendering;
using Site.Schemas;
using Site.Search;
using Site.Sharing;
using Site.Templates;
using Site.Validation;

namespace Site;

/// <summary>
/// One build, in five stages: Load → Parse → Validate → Render → Write. Every stage adds its
/// problems to one <see cref="DiagnosticBag"/> and goes on, so a build reports all of them; the
/// Write stage runs only when there is no error, and replaces output/ in one swap (pages already
/// streamed into the staging folder while they were rendered: <see cref="Build"/>).
/// With a <see cref="BuildCache"/> (the preview server's), unchanged files are not parsed again and
/// pages whose inputs did not change are not rendered again.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, BuildProgress? progress = null)
    {
        // The command line refuses such an output (a usage error); a caller that did not ask is a bug.
        if (OutputGuard.Check("output", options.OutputDirectory, OutputGuard.Sources(options.InputDirectory, options.ThemeDirectory).Where(f => !f.MayHoldTarget).ToList(), out _) is { } overlap)
            throw new InvalidOperationException($"refused to build: {overlap}");
        // Pages are streamed into the staging folder as they are rendered; it replaces output/ only
        // when the build succeeds, and is deleted when it fails or throws.
        using var staging = new StagingFolder(options.OutputDirectory);
        var result = Generate(options, progress, staging: staging);
        if (result.Succeeded)
        {
            if (progress is not null) progress.Stage = "writing";
            staging.Commit(result.Files);
        }
        return result;
    }

    /// <summary>
    /// Builds the site in memory: every stage but Write. With a <paramref name="staging"/> folder
    /// (a plain build), each page is written into it as soon as it is rendered and its HTML dropped,
    /// so the result lists pages as <see cref="OutputFile.Staged"/>.
    /// </summary>
    public static BuildResult Generate(BuildOptions options, BuildProgress? progress = null, BuildCache? cache = null, SourceReuse? reuse = null,
        StagingFolder? staging = null)
    {
        var clock = Stopwatch.StartNew();
        progress ??= new BuildProgress();
        // Without a cache from the caller (a plain build), nothing rendered now is ever reused: render
        // keys and recorded reads would be computed for nothing (a tenth of applying layouts).
        var reusable = cache is not null;
        cache ??= new BuildCache();
        var diagnostics = new DiagnosticBag();
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? Directory.GetCurrentDirectory());
        var inputRoot = Path.GetFullPath(options.InputDirectory);

        // Load
        var sources = SourceLoader.Load(inputRoot, Path.GetFullPath(options.ThemeDirectory), displayRoot, diagnostics, reuse,
            options.BaseThemeDirectory is { } baseTheme ? Path.GetFullPath(baseTheme) : null);

        // Parse
        progress.Stage = "parsing";
        var config = SiteConfigParser.Parse(sources.SiteConfig, diagnostics);
        var language = config.Language;
        // English at /, every other declared language in its mirrored tree input/<code>/ at /<code>/.
        var languages = new SiteLanguages(language, config.Languages);
        var languagesKey = language + "|" + string.Join(",", languages.All);
        var basePath = BasePath.Normalize(options.BasePath ?? config.BasePath ?? "/");
        // Absolute URLs (sitemap, feed, canonical links) need the origin; without one they are left out.
        var siteUrl = options.SiteUrl is { } origin && SiteOrigin.IsValid(origin) ? SiteOrigin.Normalize(origin) : config.Url;
        var repository = options.Repository ?? config.Repository;
        var branch = options.Branch ?? config.Branch;
        // Minifying the theme's CSS and JS needs nothing parsed: it runs beside the parsing of pages and
        // tables (in a cold process it is mostly NUglify's first use, ~0.2 s of CPU on one thread).
        var fingerprinting = Task.Run(() => AssetFingerprinter.Fingerprint(sources.Assets, basePath));
        var parsedTables = ParseAll(sources.DataTables, file => cache.Parse(file, language, (f, bag) => DataTableParser.Parse(f, language, bag), diagnostics));
        var tables = TableChecks.ById(parsedTables.OfType<DataTable>(), diagnostics);
        var parsedPageResults = ParseAll(sources.Pages, file => cache.Parse(file, languagesKey, (f, bag) => PageParser.Parse(f, languages, bag), diagnostics));
        var parsedPages = parsedPageResults.OfType<Page>().ToList();
        // Files that failed to parse: references to them are follow-ons of that one error, not new ones.
        var failedSubjects = FailedSubjects(sources, parsedTables, parsedPageResults);
        var templates = TemplateSet.Compile(sources, diagnostics);
        var uiStrings = UiStrings.Load(sources.UiStrings, diagnostics);
        UiStrings.CheckComplete(sources.UiStrings, uiStrings, languages.All, language, diagnostics);
        LocalizedTextCheck.Check(config, tables.Values, languages, diagnostics);
        var assets = fingerprinting.GetAwaiter().GetResult();

        // Validate what can be checked before rendering: drafts, URLs, layouts, navigation.
        string Words(string lang, string key, string otherwise) => uiStrings.Get(lang, key) ?? uiStrings.Get(language, key) ?? otherwise;
        var dataPages = languages.All.SelectMany(lang => DataPages.Create(tables.Values.ToList(), lang, language, languages.Folder(lang),
            Words(lang, "data_title", "Data"), Words(lang, "data_description", "Every data table of the site.")));
        var published = parsedPages.Where(p => options.IncludeDrafts || !p.Meta.Draft).ToList();
        var pages = published
            .Concat(languages.All.Select(lang => NotFoundPage.IfMissing(published, inputRoot, displayRoot, uiStrings, languages, lang, templates)))
            .Concat(dataPages.Select(p => templates.Layouts.ContainsKey(p.Layout) ? p : p with { Layout = "page" }))
            .OfType<Page>()
            .OrderBy(p => p.Meta.Order).ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        PageChecks.CheckUrlsAreUnique(pages, diagnostics);
        PageChecks.CheckLayouts(pages, templates, diagnostics, sources);
        // Sharing (src/Sharing/): each page's citation and social card, planned before layouts show their addresses.
        var cardStyle = CardStyle.Load(new[] { options.ThemeDirectory, options.BaseThemeDirectory }.OfType<string>().Select(Path.GetFullPath), displayRoot, diagnostics);
        var sharing = SiteSharing.Plan(pages, tables, config, languages.Folder, basePath, siteUrl, cardStyle,
            // Named as the footer names it in the reader's language (the theme's publisher_name), else as site.yml does.
            lang => uiStrings.Get(lang, "publisher_name") ?? config.Author ?? config.Publisher);
        Provenance.CheckUpdatedDates(options.OutputDirectory, tables.Values, languages.All, diagnostics);
        // Everything the build writes besides pages and the files copied from input/.
        var generatedFiles = assets.Files.Select(f => f.RelativePath)
            .Concat(languages.All.SelectMany(lang => tables.Keys.SelectMany(id => new[] { $"{languages.Folder(lang)}data/{id}.csv", $"{languages.Folder(lang)}data/{id}.json" })))
            .Concat(["robots.txt", ".nojekyll"])
            .Concat(languages.All.Select(lang => languages.Folder(lang) + "search-index.json"))
            .Concat(siteUrl is null ? [] : languages.All.Select(lang => languages.Folder(lang) + "feed.xml").Append("sitemap.xml"))
            .Concat(SchemaGenerator.FileNames().Select(name => $"{SchemaGenerator.Folder}/{name}"))
            .Concat(sharing.CitationFileNames()).Append(Provenance.FileName)
            .Concat(languages.All.SelectMany(lang => tables.Keys.Select(id => Provenance.SidecarPath(languages.Folder(lang), id))))
            .ToList();
        PageChecks.CheckOutputPathsAreUnique(sources.ContentFiles, pages.Select(p => p.OutputPath).Concat(generatedFiles).Concat(sharing.CardFileNames()), displayRoot, diagnostics);
        var otherFiles = sources.ContentFiles.Select(f => f.RelativePath).Concat(generatedFiles).Select(f => "/" + f).ToList();
        var drafts = parsedPages.Where(p => p.Meta.Draft && !options.IncludeDrafts).Select(p => p.SourcePath).ToList();
        var index = new SiteIndex(pages, drafts, otherFiles) { DefaultLanguage = language };
        PageChecks.CheckTwins(pages, index, languages, diagnostics);
        var links = new LinkResolver(index, basePath);
        var keys = reusable ? RenderKeys.Compute(sources, pages, otherFiles, drafts, tables, assets.UrlByAsset, options, basePath, siteUrl, languagesKey) : RenderKeys.Unused;

        // Render: page bodies (figures, Markdown, embeds, links) then layouts, each in parallel.
        var pageModels = pages.Select(p => ScriptModel.Page(p, basePath, siteUrl, p.Language, EditLink.For(repository, branch, p))).ToList();
        for (var i = 0; i < pages.Count; i++)
            ScriptModel.AddTranslations(pageModels[i], LanguageVersions.Switcher(pages[i], index, languages, uiStrings, basePath), LanguageVersions.Alternates(pages[i], index, languages, basePath, siteUrl));
        for (var i = 0; i < pages.Count; i++)
            SharingModel.Add(pageModels[i], sharing.For(i), basePath, string.Format(SharingWords.For(pages[i].Language).CardAlt, pages[i].Meta.Title));
        foreach (var model in pageModels) model.IsReadOnly = true; // shared by parallel body renders
        // Each language's pages, by index: its site model, its previous/next chain and its search index.
        var pagesOf = languages.All.ToDictionary(lang => lang, lang => Enumerable.Range(0, pages.Count).Where(i => pages[i].Language == lang).ToList(), StringComparer.Ordinal);

        var templateFiles = new Dictionary<string, SourceFile>(templates.Files, StringComparer.Ordinal);
        foreach (var page in pages) templateFiles[page.Source.FullPath] = page.Source;
        // One set of globals per language: t, date, figure, data, site (title, navigation, home, search index, feed) and lang.
        var renderers = new Dictionary<string, TemplateRenderer>(StringComparer.Ordinal);
        foreach (var lang in languages.All)
        {
            var nav = PageChecks.Navigation(config, index, pages, basePath, lang, diagnostics);
            var globals = TemplateFunctions.Create(basePath, lang, language, assets.UrlByAsset, tables, uiStrings);
            var models = pagesOf[lang].Select(i => pageModels[i]).ToList();
            globals["site"] = ScriptModel.Site(config with { Repository = repository, Branch = branch }, siteUrl, basePath, models, nav, lang, "/" + languages.Folder(lang), hasDataPages: tables.Count > 0);
            // h-speed (issue 28, memory): a build that records no reads builds `data` only if a template reads it.
            if (reusable) globals["data"] = ScriptModel.Data(tables, lang, language);
            else ((FunctionTable)globals).Defer("data", () => ScriptModel.Data(tables, lang, language));
            globals["lang"] = lang;
            globals.IsReadOnly = true;
            renderers[lang] = new TemplateRenderer(templates, globals, templateFiles);
        }
        var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(), [new TableEmbed(), new ChartEmbed(), new KeyFiguresEmbed(), new CardsEmbed()]);

        progress.BeginPages("rendering", pages.Count);
        // Which pages this build rendered anew (the preview server reports the count).
        var fresh = new bool[pages.Count];
        var bodies = new BuildCache.Body[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            try { RenderBody(i); }
            finally { progress.PageDone(); }
        });
        void RenderBody(int i)
        {
            var page = pages[i];
            var key = reusable ? keys.Body(page) : "";
            if (cache.Bodies.TryGetValue(page.Url, out var cached) && cached.Key == key
                && keys.Unchanged(cached.Read, reads => ModelReads.StillTrue(reads, ModelReads.Roots(renderers[pages[i].Language].Globals, pageModels[i]))))
            {
                bodies[i] = cached;
                return;
            }
            fresh[i] = true;
            var scope = new PageScope(recordReads: reusable);
            MarkdownResult? result = null;
            var expanded = renderers[page.Language].ExpandBody(page, pageModels[i], scope);
            if (expanded is not null)
            {
                var embeds = new EmbedContext(page.Source, tables, page.Language, language, basePath,
                    (path, at) => ShowPage(links.ResolvePage(page, path, at, path, scope.Diagnostics), scope), scope);
                result = markdown.Render(page.Source, expanded, embeds, (url, at) => links.Resolve(page, url, at, scope));
            }
            bodies[i] = new BuildCache.Body(key, keys.Snapshot(scope), result, scope.Diagnostics.Sorted(), scope.Anchors);
            if (reusable) cache.Bodies[page.Url] = bodies[i];
        }
        // Bodies are done: publish them to the models (single-threaded), then freeze the models.
        for (var i = 0; i < pages.Count; i++) ScriptModel.AddBody(pageModels[i], bodies[i].Result);
        // Previous and next stay within one language.
        foreach (var lang in languages.All)
        {
            var inLanguage = pagesOf[lang];
            ScriptModel.LinkNeighbours(inLanguage.Select(i => pageModels[i]).ToList(), inLanguage.Select(i => !NotFoundPage.Is(pages[i]) && !DataPages.IsDataPage(pages[i])).ToList());
        }

        // Cards are drawn (or reused from the output this build replaces) while the layouts render.
        var cards = diagnostics.HasErrors ? Task.FromResult(new List<OutputFile>()) : Task.Run(() => sharing.Cards(staging is null ? null : Path.GetFullPath(options.OutputDirectory)));
        progress.BeginPages("applying layouts", pages.Count);
        var layouts = new BuildCache.Layout?[pages.Count];
        // Pages are streamed only when no error is known yet (two pages with one output path must not both be written).
        var stream = diagnostics.HasErrors ? null : staging;
        var streamed = new bool[pages.Count];
        // A plain build reads only the ids its anchor check needs; the preview keeps every page's.
        var anchorTargets = reusable ? null : new AnchorTargets(bodies.SelectMany(b => b.Anchors));
        Parallel.For(0, pages.Count, i =>
        {
            try { RenderLayout(i); }
            finally { progress.PageDone(); }
        });
        void RenderLayout(int i)
        {
            if (bodies[i].Result is not { } body) return;
            var key = reusable ? keys.Layout(pages[i], body.Html) : "";
            if (cache.Layouts.TryGetValue(pages[i].Url, out var cached) && cached.Key == key
                && keys.Unchanged(cached.Read, reads => ModelReads.StillTrue(reads, ModelReads.Roots(renderers[pages[i].Language].Globals, pageModels[i]))))
            {
                layouts[i] = cached;
                return;
            }
            fresh[i] = true;
            var scope = new PageScope(recordReads: reusable);
            var html = renderers[pages[i].Language].RenderPage(pages[i], pageModels[i], scope);
            IReadOnlySet<string> ids = html is null ? new HashSet<string>()
                : anchorTargets is null ? HtmlIds.Collect(html) : anchorTargets.IdsOf(pages[i].Url, body, html);
            // What the page loads and links (checked against the files the build writes once all are known).
            IReadOnlyList<Reference> references = html is null ? [] : PageReferences.Collect(html);
            if (stream is not null && html is not null)
            {
                // Written now, kept no longer: later stages need the page's ids, not its HTML.
                stream.WritePage(pages[i].OutputPath, html);
                streamed[i] = true;
                html = null;
            }
            layouts[i] = new BuildCache.Layout(key, keys.Snapshot(scope), html, scope.Diagnostics.Sorted(), ids, references);
            if (reusable) cache.Layouts[pages[i].Url] = layouts[i]!;
        }
        cache.KeepOnly(pages.Select(p => p.Url), sources.Pages.Concat(sources.DataTables).Select(f => f.FullPath));
        foreach (var body in bodies) diagnostics.AddRange(body.Diagnostics);
        foreach (var layout in layouts.OfType<BuildCache.Layout>()) diagnostics.AddRange(layout.Diagnostics);
        var html = layouts.Select(l => l?.Html).ToArray();

        // Validate what needs the rendered pages: anchors.
        var idsByUrl = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            if (layouts[i] is { } layout && (layout.Html is not null || streamed[i])) idsByUrl[pages[i].Url] = layout.Ids;
        AnchorChecker.Check(bodies.SelectMany(b => b.Anchors), idsByUrl, diagnostics);
        // Validate what the output references: every local URL of a page, stylesheet or manifest leads to a file it writes.
        CheckReferences(options, displayRoot, pages, bodies, layouts, templates, sources, assets, otherFiles, basePath, siteUrl, diagnostics);

        var results = bodies.Select(b => b.Result).ToList();
        var files = new List<OutputFile>();
        // --strict: a missing translation (PAGE007, I18N003, I18N004) fails the build like an error.
        var strictFailure = options.Strict && diagnostics.Sorted(failedSubjects).Any(d => !d.IsError && StrictCodes.Contains(d.Code));
        if (!diagnostics.HasErrors && !strictFailure)
        {
            for (var i = 0; i < pages.Count; i++)
                files.Add(streamed[i] ? OutputFile.Staged(pages[i].OutputPath, stream!.FinalPath(pages[i].OutputPath)) : new OutputFile(pages[i].OutputPath, RenderedPageMemo.Bytes(html[i]!), null));
            files.AddRange(assets.Files);
            files.AddRange(sources.ContentFiles.Select(f => OutputFile.Copy(f.RelativePath, f.FullPath)));
            files.AddRange(SiteFiles(pages, index, config, languages, basePath, siteUrl));
            // The editors' JSON Schemas, published so that other repositories and tools can point at them.
            files.AddRange(SchemaGenerator.All().Select(s => OutputFile.Text($"{SchemaGenerator.Folder}/{s.FileName}", s.Json)));
            foreach (var lang in languages.All)
            {
                var inLanguage = pagesOf[lang];
                var entries = SearchEntries.Enumerate(inLanguage.Select(i => pages[i]).ToList(), inLanguage.Select(i => results[i]).ToList(), tables.Values, basePath, lang, language, languages.Folder(lang)); // h-speed: streamed into the index
                files.Add(new OutputFile(languages.Folder(lang) + "search-index.json", SearchIndexWriter.WriteBytes(entries), null)); // h-speed: bytes, no string copies
            }
            // Every table's downloads per language: the same values, headers and labels in that language.
            foreach (var lang in languages.All)
            foreach (var table in tables.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
            {
                files.Add(new OutputFile($"{languages.Folder(lang)}data/{table.Id}.csv", DataExport.CsvBytes(table, lang), null)); // h-speed: bytes
                files.Add(new OutputFile($"{languages.Folder(lang)}data/{table.Id}.json", DataExport.JsonBytes(table, lang), null)); // h-speed: bytes, no string copies
                files.Add(OutputFile.Text(Provenance.SidecarPath(languages.Folder(lang), table.Id), Provenance.Sidecar(table, lang)));
            }
            files.Add(OutputFile.Text(Provenance.FileName, Provenance.Write(tables.Values, languages.All, languages.Folder, basePath)));
            files.AddRange(sharing.CitationFiles());
            files.AddRange(cards.GetAwaiter().GetResult());
        }

        var charts = results.Sum(b => b?.Count("chart") ?? 0);
        var reported = diagnostics.Sorted(failedSubjects);
        if (options.Strict)
            reported = reported.Select(d => !d.IsError && StrictCodes.Contains(d.Code) ? d with { Severity = Severity.Error } : d).ToList();
        // The preview renders an edited page first against this build's models; only on top of a good site.
        // A plain build's cache is thrown away: it keeps nothing for a next build.
        cache.Last = !reusable || reported.Any(d => d.IsError) ? null : new LastBuild(pages, new RenderModels(pageModels, templates, renderers, templateFiles), keys, markdown,
            links, tables, languages, languagesKey, basePath, siteUrl, bodies, idsByUrl, inputRoot, displayRoot, sources);
        return new BuildResult(reported, files, pages.Count, tables.Count, charts, clock.ElapsedMilliseconds)
        {
            RenderedPages = fresh.Count(f => f),
            BasePath = basePath,
            SiteUrl = siteUrl,
        };
    }

    /// <summary>
    /// Every local URL the output names must be a file it writes (LINK005): the references of each
    /// rendered page (read from its HTML while it was rendered), and of each stylesheet and web app
    /// manifest among the theme's assets and the content's files.
    /// </summary>
    private static void CheckReferences(BuildOptions options, string displayRoot, List<Page> pages, BuildCache.Body[] bodies, BuildCache.Layout?[] layouts, TemplateSet templates,
        SourceSet sources, AssetFingerprinter.Result assets, List<string> otherFiles, string basePath, string? siteUrl, DiagnosticBag diagnostics)
    {
        var written = new HashSet<string>(otherFiles, StringComparer.Ordinal);
        foreach (var page in pages) written.Add("/" + page.OutputPath);
        var check = new OutputReferences(basePath, siteUrl, written, diagnostics);
        var outputRoot = Path.GetFullPath(options.OutputDirectory);
        string Display(string relativePath) => Path.GetRelativePath(displayRoot, Path.Combine(outputRoot, relativePath)).Replace('\\', '/');
        IReadOnlyList<SourceFile> templateFiles = [.. templates.Files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
        for (var i = 0; i < pages.Count; i++)
        {
            if (layouts[i] is not { References.Count: > 0 } layout) continue;
            // A page whose body or layout failed has its error already: a link its Markdown left as
            // written (LINK001) or raw HTML refused (PAGE014) is not reported again.
            if (bodies[i].Diagnostics.Any(d => d.IsError) || layout.Diagnostics.Any(d => d.IsError)) continue;
            var page = pages[i];
            var layoutFile = templates.Files.Values.FirstOrDefault(f => f.RelativePath == $"layouts/{page.Layout}.sbn-html")?.DisplayPath;
            check.Check(page.Url, layout.References, () => [page.Source, .. templateFiles], Display(page.OutputPath),
                layoutFile is null ? null : $"the page was made by {layoutFile}, the base layout and their partials");
        }
        for (var i = 0; i < sources.Assets.Count; i++)
        {
            var asset = sources.Assets[i];
            var output = assets.Files[i];
            var isCss = asset.RelativePath.EndsWith(".css", StringComparison.Ordinal);
            if (!isCss && !ManifestReferences.IsManifest(asset.RelativePath)) continue;
            CheckFile(check, output.RelativePath, output.Content ?? File.ReadAllBytes(asset.FullPath), asset, isCss, displayRoot);
        }
        foreach (var file in sources.ContentFiles)
        {
            var isCss = file.RelativePath.EndsWith(".css", StringComparison.Ordinal);
            if (!isCss && !ManifestReferences.IsManifest(file.RelativePath)) continue;
            CheckFile(check, file.RelativePath, File.ReadAllBytes(file.FullPath), file, isCss, displayRoot);
        }
        check.Report();
    }

    /// <summary>A stylesheet's or manifest's references, relative to where it is published, located in its source file.</summary>
    private static void CheckFile(OutputReferences check, string outputPath, byte[] bytes, StaticFile source, bool isCss, string displayRoot)
    {
        var references = isCss
            ? CssReferences.Collect(System.Text.Encoding.UTF8.GetString(bytes)).Select(u => new Reference(u.Url, "url()", u.Line, u.Column))
            : ManifestReferences.Collect(bytes).Select(r => new Reference(r.Url, "manifest " + r.Kind, 1, 1));
        var display = Path.GetRelativePath(displayRoot, source.FullPath).Replace('\\', '/');
        check.Check("/" + outputPath, references, () => [new SourceFile(source.FullPath, display, source.RelativePath, File.ReadAllText(source.FullPath))], display);
    }

    /// <summary>The warnings that <c>--strict</c> makes errors: what a translation lacks.</summary>
    private static readonly HashSet<string> StrictCodes = new(StringComparer.Ordinal) { "PAGE007", "I18N003", "I18N004", "I18N005" };

    /// <summary>Files every GitHub Pages site needs besides its pages; those made of absolute URLs only when the origin is known.</summary>
    private static IEnumerable<OutputFile> SiteFiles(List<Page> pages, SiteIndex index, SiteConfig config, SiteLanguages languages, string basePath, string? siteUrl)
    {
        // Without it, GitHub Pages runs Jekyll, which drops files and folders starting with '_'.
        yield return OutputFile.Text(".nojekyll", "");
        if (siteUrl is null)
        {
            yield return OutputFile.Text("robots.txt", SitemapWriter.Robots(null));
            yield break;
        }
        var entries = pages.Where(p => !NotFoundPage.Is(p))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new SitemapWriter.Entry(siteUrl + BasePath.Apply(basePath, p.Url), p.Meta.Updated ?? p.Meta.Date, LanguageVersions.Alternates(p, index, languages, basePath, siteUrl)));
        yield return OutputFile.Text("sitemap.xml", SitemapWriter.Sitemap(entries));
        yield return OutputFile.Text("robots.txt", SitemapWriter.Robots(siteUrl + basePath + "sitemap.xml"));
        // One feed per language, each at its language's root (/feed.xml, /fr/feed.xml).
        foreach (var lang in languages.All)
        {
            var home = siteUrl + BasePath.Apply(basePath, "/" + languages.Folder(lang));
            var feedEntries = pages.Where(p => p.Language == lang && (p.Meta.Updated ?? p.Meta.Date) is not null)
                .Select(p => new AtomFeed.Entry(p.Meta.Title, siteUrl + BasePath.Apply(basePath, p.Url), (p.Meta.Updated ?? p.Meta.Date)!, p.Meta.Summary ?? p.Meta.Description));
            yield return OutputFile.Text(languages.Folder(lang) + "feed.xml", AtomFeed.Write(config.Title.Get(lang, config.Language), home, home + "feed.xml", config.Author, feedEntries));
        }
    }

    /// <summary>A page shown as a card: its title and summary are read, so the render depends on them.</summary>
    internal static Page? ShowPage(Page? page, PageScope scope)
    {
        if (page is not null) scope.PagesShown.Add(page.SourcePath);
        return page;
    }

    /// <summary>Parses files in parallel and returns the results (null where parsing failed) in the files' (sorted) order.</summary>
    private static T?[] ParseAll<T>(IReadOnlyList<SourceFile> files, Func<SourceFile, T?> parse) where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = parse(files[i]));
        return results;
    }

    /// <summary>The tables and pages whose files exist but did not parse, as <see cref="Subjects"/> names.</summary>
    private static HashSet<string> FailedSubjects(SourceSet sources, DataTable?[] tables, Page?[] pages)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var failedPaths = sources.Unreadable
            .Concat(sources.DataTables.Where((_, i) => tables[i] is null).Select(f => f.RelativePath))
            .Concat(sources.Pages.Where((_, i) => pages[i] is null).Select(f => f.RelativePath));
        foreach (var path in failedPaths)
        {
            if (path.EndsWith(".md", StringComparison.Ordinal))
            {
                failed.Add(Subjects.Page(path));
                failed.Add(Subjects.Url(UrlMapper.Map(path, slug: null).Url));
            }
            else failed.Add(Subjects.Table(Path.GetFileNameWithoutExtension(path)));
        }
        return failed;
    }
}
