using Site.Content;
using Site.Data;
using Site.Loading;
using Site.Localization;
using Site.Output;
using Site.Templates;
using Site.Validation;
using Site.Diagnostics;

namespace Site.Build.Stages;

/// <summary>
/// Parse: every table and page (in parallel, through the cache), the theme's templates and
/// words; the theme's CSS and JS are minified and fingerprinted meanwhile, as they need nothing parsed.
/// </summary>
internal static class ParseStage
{
    public static void Run(BuildContext build)
    {
        var sources = build.Sources;
        var diagnostics = build.Diagnostics;
        var config = build.Config;
        var language = config.Language;
        var languages = build.Languages;
        var languagesKey = build.LanguagesKey;
        var basePath = build.BasePath;
        // Minifying the theme's CSS and JS needs nothing parsed: it runs beside the parsing of pages and
        // tables (in a cold process it is mostly NUglify's first use, ~0.2 s of CPU on one thread).
        var fingerprinting = Task.Run(() => AssetFingerprinter.Fingerprint(sources.Assets, basePath));
        var cache = build.Cache;
        var parsedTables = ParseAll(sources.DataTables, file => cache.Parse(file, language, (f, bag) => DataTableParser.Parse(f, language, bag), diagnostics));
        build.Tables = TableChecks.ById(parsedTables.OfType<DataTable>(), diagnostics);
        var parsedPages = ParseAll(sources.Pages, file => cache.Parse(file, languagesKey, (f, bag) => PageParser.Parse(f, languages, bag), diagnostics));
        build.ParsedPages = parsedPages.OfType<Page>().ToList();
        build.FailedSubjects = FailedSubjects(sources, parsedTables, parsedPages);
        build.Templates = TemplateSet.Compile(sources, diagnostics);
        build.UiStrings = UiStringsFiles.Load(sources.UiStrings, diagnostics);
        UiStrings.CheckComplete(sources.UiStrings, build.UiStrings, languages.All, language, diagnostics);
        LocalizedTextCheck.Check(config, build.Tables.Values, languages, diagnostics);
        build.Assets = fingerprinting.GetAwaiter().GetResult();
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
