using System.Net;
using System.Text.RegularExpressions;
using Site.Build;
using Site.Preview;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Languages;

/// <summary>
/// A language the generator has no code for, added by data alone: a theme/languages/es.yml
/// (<see cref="SpanishRules"/>), the theme's words in i18n/es.yml and the pages in input/es/. The
/// built pages write numbers, dates and chart summaries as the file says; a declared language without
/// its file, and a file that lacks a key, are each one located error.
/// </summary>
public sealed class ThirdLanguageTests
{
    private const string Nbsp = "\u00A0", Narrow = "\u202F";

    private const string Table = """
        title: { en: AI budgets, es: Presupuestos de IA }
        source:
          - { title: The article, publisher: AINews, date: 2026-06-01 }
        columns:
          - { id: country, label: { en: Country, es: País }, type: text, key: true }
          - { id: budget, label: { en: Budget, es: Presupuesto }, type: money, currency: USD, scale: billion }
          - { id: compute, label: { en: Compute, es: Capacidad de cálculo }, type: number, unit: PFLOP/s }
          - { id: share, label: { en: Share, es: Proporción }, type: percent }
        rows:
          - { country: { en: Canada, es: Canadá }, budget: 1.8, compute: 1234.5, share: 3.5 }
          - { country: { en: France, es: Francia }, budget: 5.5, compute: 12500, share: "< 2" }
          - { country: { en: U.K., es: Reino Unido, in_sentence: { en: the U.K., es: el Reino Unido } }, budget: 40, compute: "~150", share: 12 }
          - { country: { en: Japan, es: Japón }, budget: 0.5, compute: 300-500, share: 10-16 }
        """;

    private static string Page(string title, string text) => $$"""
        ---
        title: {{title}}
        description: {{title}}.
        ---
        {{text}}

        ```chart
        table: budgets
        y: budget
        highlight: Canada
        ```

        ```chart
        table: budgets
        y: share
        ```

        ```table
        table: budgets
        ```
        """;

    /// <summary>A two-language site (English and Spanish) on the case sites' theme, with Spanish added as data only.</summary>
    private static TempDirectory SpanishSite(string? rules = SpanishRules.Yaml, string languages = "[en, es]")
    {
        var site = new TempDirectory();
        TempDirectory.CopyTree(Path.Combine(Repo.Cases, "_theme"), site.Combine("theme"));
        if (rules is not null) site.Write("theme/languages/es.yml", rules);
        site.Write("theme/i18n/es.yml", File.ReadAllText(site.Combine("theme", "i18n", "en.yml")));
        site.Write("input/site.yml", $"title: {{ en: Budgets, es: Presupuestos }}\nlanguage: en\nlanguages: {languages}\n");
        site.Write("input/data/budgets.yml", Table);
        site.Write("input/index.md", Page("Budgets", """Canada plans {{ figure "budgets" "Canada" "budget" }}; France has {{ figure "budgets" "France" "compute" }}."""));
        site.Write("input/es/index.md", Page("Presupuestos",
            """Canadá prevé {{ figure "budgets" "Canada" "budget" }}; Francia tiene {{ figure "budgets" "France" "compute" }} y Japón, {{ figure "budgets" "Japan" "share" }}."""));
        return site;
    }

    private static InProcessBuild.Result Build(TempDirectory site) =>
        InProcessBuild.Run(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: site.Path));

    [Fact]
    public void A_language_added_by_data_alone_writes_its_numbers_dates_and_chart_summaries()
    {
        using var site = SpanishSite();
        var run = Build(site);
        Assert.True(run.ExitCode == 0, string.Join("\n", run.Printed) + run.Bug);
        var html = WebUtility.HtmlDecode(File.ReadAllText(site.Combine("output", "es", "index.html")));
        var text = Regex.Replace(html, "<[^>]+>", "");

        // Prose: money with its scale and currency named in full, a grouped number from five digits, a range with "a" and a spaced %.
        Assert.Contains("Canadá prevé 1,8" + Nbsp + "mil millones de dólares estadounidenses; Francia tiene 12" + Narrow + "500" + Nbsp + "PFLOP/s y Japón, 10 a 16" + Nbsp + "%.", text, StringComparison.Ordinal);
        // Chart summaries: the name as a sentence says it (el Reino Unido), its "of" form contracted (del), a Spanish ordinal.
        Assert.Contains("El Reino Unido ocupa el primer lugar (40" + Nbsp + "mil millones de dólares estadounidenses). Canadá ocupa el 3.er lugar de 4 (1,8" + Nbsp + "mil millones de dólares estadounidenses).", html, StringComparison.Ordinal);
        Assert.Contains("Japón tiene la cifra más alta (10 a 16" + Nbsp + "%), pero se solapa con la del Reino Unido (12" + Nbsp + "%). Francia ocupa el último lugar (menos de 2" + Nbsp + "%).", html, StringComparison.Ordinal);
        // Table cells: no grouping below five digits (1234,5), a narrow no-break space from five (12 500), qualifiers in words.
        Assert.Contains("<td class=\"num\">1234,5</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">12" + Narrow + "500</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">aprox. 150</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">menos de 2</td>", html, StringComparison.Ordinal);
        Assert.Contains("Presupuesto <span class=\"unit\">(miles de millones de dólares estadounidenses)</span>", html, StringComparison.Ordinal);
        // Dates and the generator's own words: the source line, the downloads.
        Assert.Contains("Fuente: <cite lang=\"en\">The article</cite>, AINews, 1 de junio de 2026.", html, StringComparison.Ordinal);
        Assert.Contains("Descargar los datos: <a href=\"/es/data/budgets.csv\" download>CSV</a>", html, StringComparison.Ordinal);

        // The English pages are as English writes them, from the same build.
        var english = WebUtility.HtmlDecode(File.ReadAllText(site.Combine("output", "index.html")));
        Assert.Contains("Canada plans US$1.8 billion; France has 12,500" + Nbsp + "PFLOP/s.", Regex.Replace(english, "<[^>]+>", ""), StringComparison.Ordinal);
        Assert.Contains("Source: <cite>The article</cite>, AINews, June 1, 2026.", english, StringComparison.Ordinal);
        // Citations name the language as their formats do.
        var bibtex = Directory.GetFiles(site.Combine("output"), "*.bib", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.Contains(bibtex, b => b.Contains("langid = {spanish}", StringComparison.Ordinal));
        Assert.Contains(bibtex, b => b.Contains("langid = {english}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_language_without_a_language_file_is_an_error_at_its_code_in_site_yml()
    {
        using var site = SpanishSite(rules: null);
        var run = Build(site);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["input/site.yml:3:17: error LANG001: the site declares the language 'es' but the theme has no languages/es.yml (the generator itself knows en and fr): it cannot write its numbers, dates and chart summaries; add theme/languages/es.yml (copy languages/en.yml and translate every value: docs/translating.md, \"Adding a language\")"],
            run.Printed.Where(p => p.Contains("LANG", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.Combine("output")));
    }

    [Fact]
    public void A_language_file_missing_a_key_is_an_error_at_the_file()
    {
        using var site = SpanishSite(rules: SpanishRules.Yaml.Replace("english_name: Spanish\n", "").Replace("  percent: \"\\u00A0%\"\n", ""));
        var run = Build(site);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "theme/languages/es.yml:1:1: error LANG002: missing key 'english_name': a language file gives every rule (docs/translating.md, \"Adding a language\", lists them)",
                "theme/languages/es.yml:6:3: error LANG002: missing key 'numbers.percent': a language file gives every rule (docs/translating.md, \"Adding a language\", lists them)",
            ],
            run.Printed.Where(p => p.Contains("LANG", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_form_with_a_place_its_key_cannot_fill_and_a_misspelt_key_are_errors_where_they_are_written()
    {
        var rules = SpanishRules.Yaml
            .Replace("  plain: \"{number}\\u00A0{symbol}\"", "  plain: \"{number}\\u00A0{unit}\"")
            .Replace("  no_value: \"Sin valor para {0}.\"", "  no_value: \"Sin valor para {1}.\"")
            .Replace("bibtex_language:", "bibtex_langauge:");
        using var site = SpanishSite(rules: rules);
        // Where the broken sentence is written: its line, and the column of its value (after "no_value: ").
        var lines = rules.Split('\n');
        var noValueLine = Array.FindIndex(lines, l => l.TrimStart().StartsWith("no_value:", StringComparison.Ordinal)) + 1;
        var noValueColumn = lines[noValueLine - 1].IndexOf('"') + 1;
        var run = Build(site);
        Assert.Equal(1, run.ExitCode);
        var errors = run.Printed.Where(p => p.Contains("LANG", StringComparison.Ordinal)).ToList();
        Assert.Contains("theme/languages/es.yml:1:1: error LANG002: missing key 'bibtex_language': a language file gives every rule (docs/translating.md, \"Adding a language\", lists them)", errors);
        Assert.Contains("theme/languages/es.yml:4:1: error LANG002: unknown key 'bibtex_langauge'; did you mean 'bibtex_language'?", errors);
        Assert.Contains(errors, e => e.StartsWith("theme/languages/es.yml:55:10: error LANG002: 'money.plain' has the place {unit}, which it cannot fill; its places are {number}, {symbol}", StringComparison.Ordinal));
        Assert.Contains($"theme/languages/es.yml:{noValueLine}:{noValueColumn}: error LANG002: 'charts.sentences.no_value' must use only the place {{0}} (write a brace itself as {{{{ or }}}})", errors);
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void A_changed_language_file_is_a_change_of_every_page_a_cached_build_renders()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused", SiteUrl: "https://example.org", DisplayRoot: site.Path);
        var cache = new BuildCache();
        var first = SiteBuilder.Generate(options, cache: cache);
        Assert.Empty(first.Diagnostics);

        // French writes its percentages with a narrow no-break space instead: only the file says so.
        var rules = site.Combine("theme", "languages", "fr.yml");
        File.WriteAllText(rules, File.ReadAllText(rules).Replace("  percent: \"\\u00A0%\"", "  percent: \"\\u202F%\""));
        var cached = SiteBuilder.Generate(options, cache: cache);
        var fresh = SiteBuilder.Generate(options);
        Assert.Empty(cached.Diagnostics);
        Assert.Equal(cached.Pages, cached.RenderedPages);
        static string Page(BuildResult result, string path) => System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == path).Content!);
        Assert.Equal(Page(fresh, "fr/index.html"), Page(cached, "fr/index.html"));
        Assert.Contains(Narrow + "%", Page(cached, "fr/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0%", Page(cached, "fr/index.html"), StringComparison.Ordinal);
        Assert.NotEqual(Page(first, "fr/index.html"), Page(cached, "fr/index.html"));
    }

    [Fact]
    public async Task A_page_the_preview_renders_first_is_written_by_its_language_file()
    {
        using var site = SpanishSite();
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused-by-preview", "/", "http://127.0.0.1:1", false, DisplayRoot: site.Path);
        var preview = new PreviewSite(options);
        var built = await preview.Rebuild([]);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));

        // An edit of the Spanish page's body alone: rendered first, outside the full build, against its rules.
        var page = site.Combine("input", "es", "index.md");
        File.WriteAllText(page, File.ReadAllText(page) + "\nEl Reino Unido: {{ figure \"budgets\" \"U.K.\" \"budget\" }}.\n");
        PreviewSite.Snapshot? served = null;
        var full = await preview.Rebuild([page], _ => served = preview.Current);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.NotNull(served);
        var html = Regex.Replace(WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(served.Files["es/index.html"].Content!)), "<[^>]+>", "");
        Assert.Contains("El Reino Unido: 40" + Nbsp + "mil millones de dólares estadounidenses.", html, StringComparison.Ordinal);
    }

    /// <summary>Whatever shape a translator's mistake takes, the build reports it in the file and never throws.</summary>
    [Theory]
    [InlineData("scales:\n", "scales: 5\nunused_scales:\n")]
    [InlineData("money:\n", "money: []\nunused_money:\n")]
    [InlineData("values:\n", "values: {}\nunused_values:\n")]
    [InlineData("  months: [enero,", "  months: [enero, enero,")]
    [InlineData("  group_from_digits: 5", "  group_from_digits: many")]
    [InlineData("  plural_from: above_one", "  plural_from: sometimes")]
    [InlineData("name: Español", "name: [Español]")]
    [InlineData("name: Español", "name: \"Español")]
    public void A_broken_language_file_is_located_errors_in_it_never_a_crash(string find, string replace)
    {
        Assert.Contains(find, SpanishRules.Yaml, StringComparison.Ordinal);
        using var site = SpanishSite(rules: SpanishRules.Yaml.Replace(find, replace));
        var run = Build(site);
        Assert.Null(run.Bug);
        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.Printed);
        Assert.All(run.Printed, line => Assert.Matches(@"^theme/languages/es\.yml:\d+:\d+: error LANG002: ", line));
    }
}
