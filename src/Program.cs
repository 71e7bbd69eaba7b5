using System.CommandLine;
using Site;
using Site.Cli;
using Site.Diagnostics;
using Site.Loading;
using Site.Output;
using Site.Preview;
using Site.Scaffolding;
using Site.Schemas;
using Site.Build;

// The command line: `dotnet run` builds with the defaults; `build` takes options. Exit codes:
// 0 built, 1 content errors (each printed as path:line:col), 2 usage errors, 3 a bug of ours.
return Cli.Run(args);

internal static class Cli
{
    public const int Success = 0, ContentErrors = 1, UsageError = 2, InternalError = 3;

    public static int Run(string[] args)
    {
        var input = new Option<string>("--input") { Description = "Folder of pages (*.md), data tables (data/*.yml) and site.yml", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "Folder of layouts, partials, i18n strings and assets (laid over the installed tool's default theme, file by file)", DefaultValueFactory = _ => UsageChecks.DefaultThemeOption };
        var output = new Option<string>("--output") { Description = "Folder the site is written to (replaced as a whole, only when the build succeeds)", DefaultValueFactory = _ => "output" };
        var basePath = new Option<string?>("--base-path") { Description = "URL prefix of the site, e.g. /repo/ for a GitHub Pages project site (default: site.yml's base_path, else /)" };
        var siteUrl = new Option<string?>("--site-url") { Description = "The site's origin, scheme and host only, e.g. https://owner.github.io; the path comes from --base-path (default: site.yml's url)" };
        var repository = new Option<string?>("--repository") { Description = "The site's source repository, e.g. https://github.com/owner/name, for \"Propose an edit\" links (default: site.yml's repository; none: no links)" };
        var branch = new Option<string?>("--branch") { Description = "The branch those links edit (default: site.yml's branch, else main)" };
        var drafts = new Option<bool>("--drafts") { Description = "Also build pages marked draft: true" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took" };
        var strict = new Option<bool>("--strict") { Description = "Fail when a translation is incomplete: a page without its twin, a missing UI string or localized text, a text marked untranslated (" + string.Join(", ", Codes.RaisedByStrict.Order(StringComparer.Ordinal)) + ")" };

        var build = new Command("build", "Build the site into the output folder" + Example("build --output public --base-path /my-repo/"));
        var root = new RootCommand("Static site generator for data-rich explainers. Without a command, builds with the default folders." + Example("build", "serve --open", "new page pillars/energy"));
        foreach (var command in new Command[] { root, build })
        {
            foreach (var option in new Option[] { input, theme, output, basePath, siteUrl, repository, branch, drafts, timings, strict }) command.Options.Add(option);
            command.SetAction(parse => RunBuild(new BuildOptions(
                parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(output)!,
                parse.GetValue(basePath), parse.GetValue(siteUrl), parse.GetValue(drafts),
                Repository: parse.GetValue(repository), Branch: parse.GetValue(branch), Strict: parse.GetValue(strict), BaseThemeDirectory: ThemeLayers.DefaultFolder), parse.GetValue(timings)));
        }
        root.Subcommands.Add(build);

        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (loopback unless you say otherwise)", DefaultValueFactory = _ => "127.0.0.1" };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser" };
        var serve = new Command("serve", "Preview the site with live reload; rebuilds on every change, never writes output/" + Example("serve --port 5080 --open"));
        foreach (var option in new Option[] { input, theme, basePath, drafts, port, host, open }) serve.Options.Add(option);
        serve.SetAction((parse, cancel) => RunServe(new PreviewOptions(
            parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(host)!, parse.GetValue(port),
            parse.GetValue(basePath), parse.GetValue(drafts), parse.GetValue(open), ThemeLayers.DefaultFolder), cancel));
        root.Subcommands.Add(serve);

        // check: every stage but Write, so the same diagnostics and exit codes as build, and no output.
        var check = new Command("check", "Check every page, table, embed, template, link and translation without writing anything (for pre-commit hooks and CI)" + Example("check --strict"));
        foreach (var option in new Option[] { input, theme, basePath, siteUrl, repository, branch, drafts, strict }) check.Options.Add(option);
        check.SetAction(parse => RunCheck(new BuildOptions(
            parse.GetValue(input)!, parse.GetValue(theme)!, "unused-output",
            parse.GetValue(basePath), parse.GetValue(siteUrl), parse.GetValue(drafts),
            Repository: parse.GetValue(repository), Branch: parse.GetValue(branch), Strict: parse.GetValue(strict), BaseThemeDirectory: ThemeLayers.DefaultFolder)));
        root.Subcommands.Add(check);

        var kind = new Argument<string>("kind") { Description = "What to create: page, table or chart" };
        kind.AcceptOnlyFromAmong("page", "table", "chart");
        var name = new Argument<string>("name") { Description = "page: its path without .md (pillars/energy); table: its id (energy-mix); chart: the path of a new page holding the chart" };
        var tableOption = new Option<string?>("--table") { Description = "For a chart: the id of the table to draw (default: the first table in data/)" };
        var schemasOption = new Option<string>("--schemas") { Description = "The schemas folder, for the editor modeline of a new table", DefaultValueFactory = _ => SchemaGenerator.Folder };
        var create = new Command("new", "Create a page, a data table or a page with a chart, every field explained; never overwrites a file" + Example("new page pillars/energy", "new table energy-mix", "new chart energy-chart --table energy-mix"));
        create.Arguments.Add(kind);
        create.Arguments.Add(name);
        foreach (var option in new Option[] { input, tableOption, schemasOption }) create.Options.Add(option);
        create.SetAction(parse => RunNew(parse.GetValue(kind)!, parse.GetValue(name)!, parse.GetValue(input)!, parse.GetValue(tableOption), parse.GetValue(schemasOption)!));
        root.Subcommands.Add(create);

        var schemasOutput = new Option<string>("--output") { Description = "Folder the JSON Schemas are written to", DefaultValueFactory = _ => SchemaGenerator.Folder };
        var schemas = new Command("schemas", "Write the JSON Schemas of site.yml, front matter, data tables and ```table/```chart blocks (generated from the code)" + Example("schemas --output schemas"));
        schemas.Options.Add(schemasOutput);
        schemas.SetAction(parse => RunSchemas(parse.GetValue(schemasOutput)!));
        root.Subcommands.Add(schemas);

        var docOutput = new Option<string>("--output") { Description = "File the list of diagnostic codes is written to", DefaultValueFactory = _ => DiagnosticsDoc.DefaultPath };
        var diagnosticsDoc = new Command("diagnostics-doc", "Write docs/diagnostics.md, every diagnostic code with its severity, message and help (generated from src/Diagnostics/Codes.cs)" + Example("diagnostics-doc"));
        diagnosticsDoc.Options.Add(docOutput);
        diagnosticsDoc.SetAction(parse => RunDiagnosticsDoc(parse.GetValue(docOutput)!));
        root.Subcommands.Add(diagnosticsDoc);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"site: {error.Message}");
            Console.Error.WriteLine("Run 'dotnet run -- --help' for the commands, 'dotnet run -- COMMAND --help' for their options.");
            return UsageError;
        }
        return parsed.Invoke();
    }

    private static int RunBuild(BuildOptions options, bool showTimings)
    {
        var problem = UsageChecks.Check(options, out var realOutput);
        if (problem is not null)
        {
            Console.Error.WriteLine($"site: {problem}");
            return UsageError;
        }
        var shownOutput = options.OutputDirectory;
        options = options with { OutputDirectory = realOutput };

        var progress = new BuildProgress();
        using var reporter = new ProgressReporter(progress);
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(options, progress);
        }
        catch (Exception exception)
        {
            reporter.Dispose();
            // The swap is the last step, so output/ is untouched.
            return ReportInternalError(exception, $"{shownOutput}/ was left as it was");
        }
        reporter.Dispose();
        if (showTimings)
            Console.Error.WriteLine("timings: " + string.Join(", ", progress.Timings().Select(t => $"{t.Stage} {t.Milliseconds} ms")));

        var counts = PrintDiagnostics(result);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {Plural(result.Errors, "error")} ({counts}); {shownOutput}/ left unchanged.");
            return ContentErrors;
        }
        Console.WriteLine($"Built {counts} in {result.Milliseconds} ms → {shownOutput}/");
        if (result.SiteUrl is null)
            Console.WriteLine("No site URL (site.yml's url or --site-url): sitemap.xml, feed.xml and absolute links were left out, as a local build needs none.");
        return Success;
    }

    private static int RunCheck(BuildOptions options)
    {
        var problem = UsageChecks.CheckSources(options);
        if (problem is not null)
        {
            Console.Error.WriteLine($"site: {problem}");
            return UsageError;
        }
        BuildResult result;
        try
        {
            result = SiteBuilder.Generate(options);
        }
        catch (Exception exception)
        {
            return ReportInternalError(exception, "nothing was written");
        }
        var counts = PrintDiagnostics(result);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Check failed: {Plural(result.Errors, "error")} ({counts}).");
            return ContentErrors;
        }
        Console.WriteLine($"Checked {counts} in {result.Milliseconds} ms: no errors.");
        return Success;
    }

    private static int RunNew(string kind, string name, string inputDirectory, string? table, string schemasDirectory)
    {
        if (!Directory.Exists(inputDirectory))
        {
            Console.Error.WriteLine($"site: the input folder '{inputDirectory}' does not exist");
            return UsageError;
        }
        var outcome = kind switch
        {
            "page" => Scaffolder.Page(inputDirectory, name),
            "table" => Scaffolder.Table(inputDirectory, name, schemasDirectory),
            _ => Scaffolder.Chart(inputDirectory, name, table),
        };
        if (outcome.Problem is not null)
        {
            Console.Error.WriteLine($"site: {outcome.Problem}");
            return UsageError;
        }
        var written = new List<string>();
        foreach (var file in outcome.Files!)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file.Path))!);
            try
            {
                // CreateNew: never overwrite, even a file that appeared since the check.
                using var stream = new FileStream(file.Path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(new System.Text.UTF8Encoding(false).GetBytes(file.Text));
            }
            catch (IOException) when (File.Exists(file.Path))
            {
                Console.Error.WriteLine($"site: {file.Path} already exists; choose another name (nothing was overwritten)");
                return UsageError;
            }
            written.Add(file.Path.Replace('\\', '/'));
        }
        var twins = written.Count > 1 ? " (the other languages' copies are marked untranslated: true until translated; `check` lists them)" : "";
        Console.WriteLine($"Created {string.Join(" and ", written)}: fill in the fields (each is explained in a comment){twins}, then `{Invocation} serve` to see it.");
        return Success;
    }

    private static int RunSchemas(string folder)
    {
        // Schemas are added to the folder, not swapped in: only a folder inside the sources is refused.
        if (OutputGuard.Check("--output", folder, OutputGuard.Sources("input", "theme"), out var realFolder, replacesTarget: false) is { } problem)
        {
            Console.Error.WriteLine($"site: {problem}");
            return UsageError;
        }
        Directory.CreateDirectory(realFolder);
        foreach (var (fileName, json) in SchemaGenerator.All())
            File.WriteAllText(Path.Combine(realFolder, fileName), json, new System.Text.UTF8Encoding(false));
        Console.WriteLine($"Wrote {SchemaGenerator.All().Count} schemas to {folder}/");
        return Success;
    }

    private static int RunDiagnosticsDoc(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"site: the folder of '{path}' does not exist");
            return UsageError;
        }
        File.WriteAllText(path, DiagnosticsDoc.Generate(), new System.Text.UTF8Encoding(false));
        Console.WriteLine($"Wrote {Codes.All.Count} diagnostic codes to {path}");
        return Success;
    }

    private static async Task<int> RunServe(PreviewOptions options, CancellationToken cancel)
    {
        var problem = UsageChecks.CheckServe(options);
        if (problem is not null)
        {
            Console.Error.WriteLine($"site: {problem}");
            return UsageError;
        }
        await using var server = new PreviewServer(options, Console.Out, Console.Error);
        try
        {
            await server.Start();
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"site: cannot listen on {options.Host}:{options.Port} ({exception.Message}); try another --port");
            return UsageError;
        }
        Console.WriteLine($"Serving {server.Url} from {options.InputDirectory}/ and {options.ThemeDirectory}/ (Ctrl+C to stop)");
        if (options.Open) OpenBrowser(server.Url);
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop cleanly below.
        }
        await server.Stop();
        Console.WriteLine("Stopped.");
        return Success;
    }

    private static void OpenBrowser(string url)
    {
        try
        {
            System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : OperatingSystem.IsWindows() ? url : "xdg-open", OperatingSystem.IsWindows() ? "" : url) { UseShellExecute = OperatingSystem.IsWindows() });
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine($"site: could not open a browser ({exception.Message}); open {url} yourself");
        }
    }

    /// <summary>Not the user's fault: one line that says so, then the stack for the bug report.</summary>
    private static int ReportInternalError(Exception exception, string whatWasKept)
    {
        var bug = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        Console.Error.WriteLine($"site: internal error ({bug.GetType().Name}: {bug.Message}); {whatWasKept}. This is a bug in the generator: please report it with the command you ran and what follows.");
        Console.Error.WriteLine(bug.ToString());
        return InternalError;
    }

    /// <summary>Prints every diagnostic (build and check print them alike) and returns the counts line.</summary>
    private static string PrintDiagnostics(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic.ToString());
        var notes = result.Notes > 0 ? ", " + Plural(result.Notes, "note") : "";
        return $"{result.Pages} pages, {result.Tables} tables, {result.Charts} charts, {Plural(result.Warnings, "warning")}{notes}";
    }

    /// <summary>How the user runs us: the installed tool (it carries the default theme), or from this repository's source.</summary>
    private static string Invocation => ThemeLayers.DefaultFolder is null ? "dotnet run --" : "explainer";

    /// <summary>Examples under a command's description in its --help, as the installed tool is called (`dotnet run --` from this repository).</summary>
    private static string Example(params string[] commands) =>
        "\n\nExample" + (commands.Length == 1 ? "" : "s") + ":\n" + string.Join("\n", commands.Select(c => "  explainer " + c));

    private static string Plural(int count, string word) => $"{count} {word}{(count == 1 ? "" : "s")}";
}
