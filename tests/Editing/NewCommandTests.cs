using Site.Schemas;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests.Editing;

/// <summary>`new page|table|chart NAME`: files that explain themselves, build at once, match the schemas and never overwrite.</summary>
public sealed class NewCommandTests
{
    private static TempDirectory CopyOfTheSite()
    {
        var temp = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, temp.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, temp.Combine("theme"));
        TempDirectory.CopyTree(SchemaFiles.Folder, temp.Combine("schemas"));
        return temp;
    }

    [Fact]
    public void On_a_bilingual_site_new_writes_every_language_and_leaves_notes_to_translate_not_warnings()
    {
        using var site = CopyOfTheSite();
        var before = SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused", DisplayRoot: site.Path));

        Assert.Equal(new SiteProcess.Result(0, "Created input/pillars/energy.md and input/fr/pillars/energy.md: fill in the fields (each is explained in a comment) (the other languages' copies are marked untranslated: true until translated; `check` lists them), then `dotnet run -- serve` to see it.\n", ""),
            SiteProcess.Run(site.Path, ["new", "page", "pillars/energy"]));
        Assert.Equal(0, SiteProcess.Run(site.Path, ["new", "table", "provincial-ai-jobs"]).ExitCode);
        Assert.Equal(0, SiteProcess.Run(site.Path, ["new", "chart", "energy-chart", "--table", "provincial-ai-jobs"]).ExitCode);
        Assert.Equal(0, SiteProcess.Run(site.Path, ["new", "chart", "budgets.md", "--table", "national-strategies"]).ExitCode);

        var after = SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused", DisplayRoot: site.Path));
        // No error and no warning: every language's file or text is there. What waits for a translator is a note each.
        Assert.Equal(
            [
                "input/data/provincial-ai-jobs.yml:26:16: note I18N005: this table's 'fr' texts wait for their translation: translate each 'fr:' text (title, description, notes, labels), then remove 'fr' from 'untranslated'",
                "input/fr/budgets.md:5:15: note I18N005: this page waits for its translation into 'fr': translate its title, description and text, then remove 'untranslated'",
                "input/fr/energy-chart.md:5:15: note I18N005: this page waits for its translation into 'fr': translate its title, description and text, then remove 'untranslated'",
                "input/fr/pillars/energy.md:6:15: note I18N005: this page waits for its translation into 'fr': translate its title, description and text, then remove 'untranslated'",
            ],
            after.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(before.Pages + 6 + 2, after.Pages); // three pages in two languages and the new table's data page in both
        Assert.Equal(before.Tables + 1, after.Tables);
        Assert.Equal(before.Charts + 4, after.Charts);
        var table = File.ReadAllText(site.Combine("input", "data", "provincial-ai-jobs.yml"));
        Assert.Contains("title: { en: \"Provincial AI jobs\", fr: \"Provincial AI jobs\" }", table);
        Assert.Contains("\nuntranslated: true  # ", File.ReadAllText(site.Combine("input", "fr", "energy-chart.md")));
        Assert.DoesNotContain("untranslated", File.ReadAllText(site.Combine("input", "energy-chart.md")));

        // --strict: what waits for a translator fails the build.
        var strict = SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused", DisplayRoot: site.Path, Strict: true));
        Assert.Equal(4, strict.Errors);
    }

    [Theory]
    [InlineData("provincial-ai-jobs", "Provincial AI jobs")]
    [InlineData("energy-mix", "Energy mix")]
    [InlineData("eu_vc_funding", "EU VC funding")]
    [InlineData("jobs-in-ai-by-province", "Jobs in AI by province")]
    [InlineData("pillars/go-to-market", "Go to market")]
    public void Titles_are_made_from_names_as_a_person_would_write_them(string name, string title) =>
        Assert.Equal(title, Site.Scaffolding.ScaffoldWriter.TitleFrom(name));

    [Fact]
    public void A_twin_that_fails_to_parse_adds_no_warning_about_a_missing_twin()
    {
        using var site = CopyOfTheSite();
        site.Write("input/fr/about.md", "---\ntitle: [unclosed\n---\nTexte.\n");
        var result = SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused", DisplayRoot: site.Path));
        Assert.Single(result.Diagnostics, d => d.Path == "input/fr/about.md" && d.IsError);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PAGE007");
    }

    [Fact]
    public void New_files_match_their_schemas_and_explain_every_field_they_write()
    {
        using var site = CopyOfTheSite();
        SiteProcess.Run(site.Path, ["new", "table", "energy-mix"]);
        SiteProcess.Run(site.Path, ["new", "chart", "energy-chart", "--table", "energy-mix"]);
        var table = File.ReadAllText(site.Combine("input", "data", "energy-mix.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/data-table.schema.json\n", table);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(site.Combine("input", "data"), "../../schemas/data-table.schema.json"))));
        Assert.Empty(SchemaFiles.Problems(SchemaFiles.Load("data-table"), YamlJson.Parse(table)));

        var page = File.ReadAllText(site.Combine("input", "energy-chart.md"));
        var fragments = SchemaFiles.PageFragments(page);
        Assert.Equal(["front-matter", "chart-block"], fragments.Select(f => f.Kind));
        foreach (var fragment in fragments)
            Assert.Empty(SchemaFiles.Problems(SchemaFiles.Load(fragment.Kind), YamlJson.Parse(fragment.Yaml)));

        // Every key written, used or commented out, carries its description from the formats.
        foreach (var line in (table + page).Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*(- |# )?[a-z_]+:")))
            Assert.Contains("  # ", line);
    }

    [Fact]
    public void New_refuses_to_overwrite_and_leaves_the_file_as_it_was()
    {
        using var site = CopyOfTheSite();
        var existing = File.ReadAllText(site.Combine("input", "about.md"));
        var page = SiteProcess.Run(site.Path, ["new", "page", "about"]);
        Assert.Equal(2, page.ExitCode);
        Assert.Equal("site: input/about.md already exists; choose another name (nothing was overwritten)\n", page.Stderr);
        Assert.Equal(existing, File.ReadAllText(site.Combine("input", "about.md")));

        var table = SiteProcess.Run(site.Path, ["new", "table", "companies"]);
        Assert.Equal(2, table.ExitCode);
        Assert.Contains("input/data/companies.yml already exists", table.Stderr);
    }

    [Theory]
    [InlineData("table Energy_Mix", "site: table name 'Energy_Mix' may hold only lowercase letters, digits and dashes, starting with a letter (e.g. energy-mix)\n")]
    [InlineData("page ../outside", "site: page name '../outside' must be a path of letters, digits, dashes, underscores and dots, e.g. pillars/energy\n")]
    [InlineData("page my%20page", "site: page name 'my%20page' must be a path of letters, digits, dashes, underscores and dots, e.g. pillars/energy\n")]
    [InlineData("chart c --table nope", "site: there is no table 'nope' in input/data/; tables are brain-drain-events, companies, compute-facts, *")]
    [InlineData("chart c --table companies-x", null)]
    public void Bad_names_are_usage_errors_that_create_nothing(string args, string? stderr)
    {
        using var site = CopyOfTheSite();
        var files = Directory.EnumerateFiles(site.Path, "*", SearchOption.AllDirectories).Count();
        var result = SiteProcess.Run(site.Path, ["new", .. args.Split(' ')]);
        Assert.Equal(2, result.ExitCode);
        // A trailing * stands for the rest of a list that grows with the content.
        if (stderr is not null && stderr.EndsWith('*')) Assert.StartsWith(stderr[..^1], result.Stderr);
        else if (stderr is not null) Assert.Equal(stderr, result.Stderr);
        Assert.Equal(files, Directory.EnumerateFiles(site.Path, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_chart_needs_a_table_first()
    {
        using var site = new TempDirectory();
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\n");
        var result = SiteProcess.Run(site.Path, ["new", "chart", "c"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("site: there is no table in data/ to chart: create one first with `dotnet run -- new table NAME`\n", result.Stderr);
    }

    [Fact]
    public void Schemas_command_writes_the_committed_schemas()
    {
        using var temp = new TempDirectory();
        var result = SiteProcess.Run(temp.Path, ["schemas", "--output", "out"]);
        Assert.Equal(0, result.ExitCode);
        foreach (var (fileName, json) in SchemaGenerator.All())
            Assert.Equal(File.ReadAllText(Path.Combine(SchemaFiles.Folder, fileName)), File.ReadAllText(temp.Combine("out", fileName)));
    }
}
