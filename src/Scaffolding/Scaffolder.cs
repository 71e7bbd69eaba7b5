using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Loading;
using Site.Output;

namespace Site.Scaffolding;

/// <summary>
/// Decides where `new page|table|chart NAME` writes and what, and refuses what would not build
/// (a bad name, an existing file, a chart without a table). Program.cs only writes the outcome.
/// </summary>
public static class Scaffolder
{
    /// <summary>One file to create.</summary>
    public sealed record NewFile(string Path, string Text);

    /// <summary>Either the files to create (one per language for a page on a multilingual site) or the reason there are none.</summary>
    public sealed record Outcome(IReadOnlyList<NewFile>? Files, string? Problem)
    {
        public static Outcome Refuse(string problem) => new(null, problem);
    }

    /// <summary>
    /// The page in the default language, and on a multilingual site its twin in every other
    /// language's tree (input/fr/…), marked <c>untranslated: true</c> until someone translates it.
    /// </summary>
    public static Outcome Page(string inputDirectory, string name)
    {
        var relative = PageName(name, out var problem);
        if (problem is not null) return Outcome.Refuse(problem);
        var languages = SiteLanguagesOf(inputDirectory);
        return Create(inputDirectory, languages.All.Select(language =>
            new NewFile(Path.Combine(inputDirectory, languages.Folder(language) + relative + ".md"), PageScaffold.Text(relative, untranslated: language != languages.Default))));
    }

    /// <summary>The table, with every text in every declared language; the other languages' texts listed as <c>untranslated</c>.</summary>
    public static Outcome Table(string inputDirectory, string name, string schemasDirectory)
    {
        if (!IsTableId(name)) return Outcome.Refuse($"table name '{name}' may hold only lowercase letters, digits and dashes, starting with a letter (e.g. energy-mix)");
        var path = Path.Combine(inputDirectory, "data", name + ".yml");
        var schema = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.Combine(Path.GetFullPath(schemasDirectory), "data-table.schema.json")).Replace('\\', '/');
        var languages = SiteLanguagesOf(inputDirectory);
        return Create(inputDirectory, [new NewFile(path, TableScaffold.Text(name, schema, languages.Default, languages.Others(languages.Default).ToList()))]);
    }

    public static Outcome Chart(string inputDirectory, string name, string? tableId)
    {
        var relative = PageName(name, out var problem);
        if (problem is not null) return Outcome.Refuse(problem);
        var dataFolder = Path.Combine(inputDirectory, "data");
        var tableFiles = Directory.Exists(dataFolder)
            ? Directory.EnumerateFiles(dataFolder, "*.yml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
            : [];
        if (tableFiles.Count == 0) return Outcome.Refuse("there is no table in data/ to chart: create one first with `dotnet run -- new table NAME`");
        tableId ??= tableFiles[0];
        if (!tableFiles.Contains(tableId))
            return Outcome.Refuse($"there is no table '{tableId}' in {dataFolder}/; tables are {string.Join(", ", tableFiles)}");

        var languages = SiteLanguagesOf(inputDirectory);
        var language = languages.Default;
        var tablePath = Path.Combine(dataFolder, tableId + ".yml");
        var file = new SourceFile(Path.GetFullPath(tablePath), tablePath, "data/" + tableId + ".yml", File.ReadAllText(tablePath).ReplaceLineEndings("\n"));
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(file, language, diagnostics);
        if (table is null || diagnostics.HasErrors)
            return Outcome.Refuse($"table '{tableId}' has errors; fix them first (`dotnet run -- check` lists them)");
        if (ChartScaffold.Text(relative, table, language, untranslated: false) is null)
            return Outcome.Refuse($"table '{tableId}' has no number, percent, money or year column to draw");
        return Create(inputDirectory, languages.All.Select(lang =>
            new NewFile(Path.Combine(inputDirectory, languages.Folder(lang) + relative + ".md"), ChartScaffold.Text(relative, table, lang, untranslated: lang != language)!)));
    }

    /// <summary>The files when none of them exists yet (all or nothing), each inside the input folder as the file system resolves it.</summary>
    private static Outcome Create(string inputDirectory, IEnumerable<NewFile> files)
    {
        var list = files.ToList();
        foreach (var (path, _) in list)
        {
            if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
                return Outcome.Refuse($"{path} already exists; choose another name (nothing was overwritten)");
            // A folder on the way that is a link out of input/ (pillars → /elsewhere) would take the new
            // file outside the site: refused, as the file system resolves it, before any folder is made.
            var input = RealPath.Resolve(inputDirectory);
            var folder = RealPath.Resolve(Path.GetDirectoryName(Path.GetFullPath(path))!);
            if (input is null || folder is null || !OutputGuard.Inside(folder, input))
                return Outcome.Refuse($"{path} would be written outside the input folder (through a symbolic link); nothing was written");
        }
        return new Outcome(list, null);
    }

    /// <summary>"pillars/energy" or "pillars/energy.md" → "pillars/energy", when every segment is URL-safe.</summary>
    private static string PageName(string name, out string? problem)
    {
        var relative = name.Replace('\\', '/').Trim('/');
        if (relative.EndsWith(".md", StringComparison.Ordinal)) relative = relative[..^3];
        problem = relative.Length == 0 || relative.Split('/').Any(s => s is "." or ".." || !UrlMapper.IsSafeSegment(s) || s.Length == 0)
            ? $"page name '{name}' must be a path of letters, digits, dashes, underscores and dots, e.g. pillars/energy"
            : null;
        return relative;
    }

    private static bool IsTableId(string name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The site's languages from site.yml (English alone when there is none).</summary>
    private static SiteLanguages SiteLanguagesOf(string inputDirectory)
    {
        var path = Path.Combine(inputDirectory, "site.yml");
        if (!File.Exists(path)) return new SiteLanguages("en", ["en"]);
        var file = new SourceFile(Path.GetFullPath(path), path, "site.yml", File.ReadAllText(path).ReplaceLineEndings("\n"));
        var config = SiteConfigParser.Parse(file, new DiagnosticBag());
        return new SiteLanguages(config.Language, config.Languages);
    }
}
