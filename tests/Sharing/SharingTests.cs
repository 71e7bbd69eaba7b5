using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Site.Sharing;
using Site.Tests.Support;
using SkiaSharp;
using Xunit;
using Site.Build;

namespace Site.Tests.Sharing;

/// <summary>Social cards, citations and provenance on the real site, built once in memory with a site URL.</summary>
public sealed class SharingTests
{
    private static readonly Lazy<BuildResult> Site = new(() =>
        SiteBuilder.Generate(new BuildOptions(Repo.Input, Repo.Theme, "unused", SiteUrl: "https://example.org", DisplayRoot: Repo.Root)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static Dictionary<string, byte[]> Files() => Site.Value.Files.Where(f => f.Content is not null || f.CopyFrom is not null)
        .ToDictionary(f => f.RelativePath, f => f.Content ?? File.ReadAllBytes(f.CopyFrom!), StringComparer.Ordinal);

    private static AngleSharp.Dom.IDocument Page(Dictionary<string, byte[]> files, string path) => new HtmlParser().ParseDocument(Encoding.UTF8.GetString(files[path]));

    [Fact]
    public void Every_page_has_its_own_card_a_1200_by_630_png_named_by_og_image_and_twitter_image_with_size_and_alt()
    {
        var files = Files();
        var pages = files.Keys.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 40);
        var cards = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in pages)
        {
            var page = Page(files, path);
            string Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"{path}: no {selector}");
            var image = Meta("meta[property='og:image']");
            Assert.Equal(image, Meta("meta[name='twitter:image']"));
            Assert.StartsWith("https://example.org/", image);
            var file = image["https://example.org/".Length..];
            Assert.Matches(@"^(fr/)?cards/.+\.[0-9a-f]{16}\.png$", file);
            Assert.Equal("1200", Meta("meta[property='og:image:width']"));
            Assert.Equal("630", Meta("meta[property='og:image:height']"));
            Assert.Contains(Meta("meta[property='og:title']"), Meta("meta[property='og:image:alt']"));
            Assert.True(files.ContainsKey(file), $"{path}: {file} is not in the output");
            using var bitmap = SKBitmap.Decode(files[file]);
            Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
            cards.Add(file);
        }
        Assert.Equal(pages.Count, cards.Count); // one card per page, none shared
    }

    [Fact]
    public void The_French_card_shows_the_French_title_so_the_two_cards_differ_in_name_and_pixels()
    {
        var files = Files();
        string Card(string path) => Page(files, path).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!["https://example.org/".Length..];
        var english = Card("pillars/compute/index.html");
        var french = Card("fr/pillars/compute/index.html");
        Assert.StartsWith("fr/cards/pillars/compute.", french);
        Assert.NotEqual(files[english], files[french]);
        using var a = SKBitmap.Decode(files[english]);
        using var b = SKBitmap.Decode(files[french]);
        Assert.NotEqual(a.Bytes, b.Bytes);
    }

    [Fact]
    public void A_card_is_drawn_to_the_same_bytes_by_two_renderers_and_another_title_draws_other_bytes()
    {
        var style = CardStyle.Load([Repo.Theme], Repo.Root, new Site.Diagnostics.DiagnosticBag())!;
        var content = new CardContent("Site « name »", "Pilier 1 : la puissance de calcul souveraine", "fr", [3, 1.5, 0.2], 1);
        using var first = new SocialCard(style);
        using var second = new SocialCard(style);
        Assert.Equal(first.Draw(content), second.Draw(content));
        Assert.NotEqual(first.Draw(content), first.Draw(content with { Title = "Pillar 1: sovereign compute" }));
        Assert.NotEqual(content.Key(style.Fingerprint), (content with { Bars = [3, 1.5, 0.3] }).Key(style.Fingerprint));
    }

    [Fact]
    public void Every_page_shows_a_citation_in_its_language_with_BibTeX_CSL_JSON_and_RIS_downloads()
    {
        var files = Files();
        var french = Page(files, "fr/pillars/compute/index.html").QuerySelector("details.cite")!;
        Assert.Equal("Citer cette page", french.QuerySelector("summary")!.TextContent);
        Assert.Contains("\u00AB\u202FPilier", french.QuerySelector(".cite-text")!.TextContent);
        Assert.Contains("novembre 2026, https://example.org/fr/pillars/compute/", french.QuerySelector(".cite-text")!.TextContent);
        var links = french.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/fr/cite/pillars/compute.bib", "/fr/cite/pillars/compute.json", "/fr/cite/pillars/compute.ris"], links);
        foreach (var link in links) Assert.True(files.ContainsKey(link.TrimStart('/')), link);
        var english = Page(files, "data/companies/index.html").QuerySelector("details.cite .cite-text")!.TextContent;
        Assert.StartsWith("AI for All explainer team. \u201CFive AI companies", english);
        // Every table embed links to its table's citation, the "Cite" section of its data page.
        var data = Page(files, "data/companies/index.html");
        Assert.NotNull(data.QuerySelector("details#cite"));
        Assert.Contains(data.QuerySelectorAll("p.downloads a"), a => a.GetAttribute("href") == "/data/companies/#cite" && a.TextContent == "Cite the table");
        Assert.Contains(Page(files, "fr/data/companies/index.html").QuerySelectorAll("p.downloads a"), a => a.GetAttribute("href") == "/fr/data/companies/#cite" && a.TextContent == "Citer le tableau");

        foreach (var path in files.Keys.Where(p => p.Contains("cite/", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(files[path]);
            if (path.EndsWith(".bib", StringComparison.Ordinal)) CitationGrammar.AssertBibTeX(text);
            else if (path.EndsWith(".ris", StringComparison.Ordinal)) CitationGrammar.AssertRis(text);
            else CitationGrammar.AssertCslJson(text);
        }
    }

    [Fact]
    public void Citation_dates_come_from_the_content_a_page_s_updated_date_and_a_table_s_updated_or_source_date()
    {
        var files = Files();
        var ris = Encoding.UTF8.GetString(files["cite/data/companies.ris"]);
        Assert.Contains("TY  - DATA\r\n", ris);
        Assert.Contains("DA  - 2026/06//\r\n", ris); // the table's source date: it has no 'updated' yet
        var page = Encoding.UTF8.GetString(files["cite/pillars/compute.json"]);
        var updated = Regex.Match(File.ReadAllText(Path.Combine(Repo.Input, "pillars/compute.md")), @"^updated: (\d{4})-(\d{2})-(\d{2})", RegexOptions.Multiline);
        Assert.True(updated.Success);
        using var json = JsonDocument.Parse(page);
        var parts = json.RootElement[0].GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(new[] { int.Parse(updated.Groups[1].Value), int.Parse(updated.Groups[2].Value), int.Parse(updated.Groups[3].Value) }, parts);
    }

    [Fact]
    public void Titles_with_braces_percent_ampersand_quotes_and_French_letters_stay_valid_in_each_format()
    {
        var title = "Le « R&D » {vraiment} à 50 % — \"quotes\", _x_ #1 $2 ~3 ^4 \\ fin";
        var citation = new Citation("page-x-fr", "Équipe & co", title, "Site {ouvert}", "2026-06-15", "https://example.org/fr/x/?a=1%20b", "fr", false);
        var bib = BibTeX.Write(citation);
        CitationGrammar.AssertBibTeX(bib);
        Assert.Contains(@"title = {Le « R\&D » \{vraiment\} à 50 \% — ""quotes"", \_x\_ \#1 \$2 \textasciitilde{}3 \textasciicircum{}4 \textbackslash{} fin},", bib);
        var ris = Ris.Write(citation with { Title = title + "\nsecond line" });
        CitationGrammar.AssertRis(ris);
        Assert.Contains("TI  - " + title + " second line\r\n", ris);
        var csl = CslJson.Write(citation);
        CitationGrammar.AssertCslJson(csl);
        using var json = JsonDocument.Parse(csl);
        Assert.Equal(title, json.RootElement[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Provenance_json_lists_every_table_with_its_sources_date_and_the_sha256_of_its_file_which_the_downloads_repeat()
    {
        var files = Files();
        using var provenance = JsonDocument.Parse(files["provenance.json"]);
        var tables = provenance.RootElement.GetProperty("tables").EnumerateArray().ToList();
        var onDisk = Directory.GetFiles(Path.Combine(Repo.Input, "data"), "*.yml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk.Select(Path.GetFileNameWithoutExtension), tables.Select(t => t.GetProperty("id").GetString()));
        foreach (var (table, path) in tables.Zip(onDisk))
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(path).Replace("\r\n", "\n"))));
            Assert.Equal(sha, table.GetProperty("sha256").GetString());
            Assert.NotEmpty(table.GetProperty("sources").EnumerateArray());
            var id = table.GetProperty("id").GetString()!;
            using var download = JsonDocument.Parse(files[$"data/{id}.json"]);
            Assert.Equal(sha, download.RootElement.GetProperty("sha256").GetString());
            using var sidecar = JsonDocument.Parse(files[$"fr/data/{id}.csv-metadata.json"]);
            Assert.Equal(sha, sidecar.RootElement.GetProperty("prov:wasDerivedFrom").GetProperty("sha256").GetString());
            Assert.Equal(id + ".csv", sidecar.RootElement.GetProperty("url").GetString());
            // The CSV stays a plain table: its first line is the header row, no comment.
            Assert.DoesNotContain("sha256", Encoding.UTF8.GetString(files[$"data/{id}.csv"]));
            Assert.Contains(sha, Page(files, $"data/{id}/index.html").QuerySelector("main")!.TextContent);
        }
    }

    [Fact]
    public void Changed_values_without_a_new_updated_date_are_a_warning_at_the_table_and_a_new_date_clears_it()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var table = site.Combine("input", "data", "companies.yml");
        var text = File.ReadAllText(table).Replace("notes:", "updated: 2026-06-01\nnotes:");
        File.WriteAllText(table, text);
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        File.WriteAllText(table, text.Replace("funding: \"~200\"", "funding: \"~210\""));
        var changed = SiteBuilder.Build(options);
        var line = File.ReadAllLines(table).ToList().FindIndex(l => l.StartsWith("updated:", StringComparison.Ordinal)) + 1;
        Assert.Contains($"input/data/companies.yml:{line}:10: warning DATA003: the table's values changed since the last build, but its 'updated' date is still 2026-06-01: set it to the date of this change",
            changed.Diagnostics.Select(d => d.ToString()));

        File.WriteAllText(table, text.Replace("funding: \"~200\"", "funding: \"~220\"").Replace("updated: 2026-06-01", "updated: 2026-12-06"));
        Assert.DoesNotContain(SiteBuilder.Build(options).Diagnostics, d => d.Code == "DATA003");
        // A corrected note is not a change of values.
        File.WriteAllText(table, text.Replace("funding: \"~200\"", "funding: \"~220\"").Replace("updated: 2026-06-01", "updated: 2026-12-06").Replace("Values as printed", "Values as written"));
        Assert.DoesNotContain(SiteBuilder.Build(options).Diagnostics, d => d.Code == "DATA003");
    }

    [Fact]
    public void A_second_build_takes_unchanged_cards_from_the_output_it_replaces_and_draws_a_changed_page_s_card_anew()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var options = new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: site.Path);
        var first = SiteBuilder.Build(options);
        Assert.True(first.Succeeded);
        var page = site.Combine("input", "about.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("title: ", "title: New "));
        var second = SiteBuilder.Build(options);
        var cards = second.Files.Where(f => f.RelativePath.Contains("cards/", StringComparison.Ordinal)).ToList();
        Assert.Equal(first.Files.Count(f => f.RelativePath.Contains("cards/", StringComparison.Ordinal)), cards.Count);
        // A drawn card was written into the staging folder as it was drawn; the others are copies of the previous output's.
        var drawn = cards.Where(f => f.IsStaged).Select(f => f.RelativePath).ToList();
        Assert.Single(drawn);
        Assert.StartsWith("cards/about.", drawn[0]);
        Assert.All(cards.Where(f => !f.IsStaged), f => Assert.True(f.Content is null && f.CopyFrom!.StartsWith(site.Combine("output"), StringComparison.Ordinal), f.RelativePath));
        foreach (var card in cards) Assert.True(File.Exists(site.Combine("output", card.RelativePath)), card.RelativePath);
    }

    [Fact]
    public void A_mistake_in_card_yml_is_one_located_SITE008_error()
    {
        using var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var card = site.Combine("theme", "card", "card.yml");
        var lines = File.ReadAllLines(card).ToList();
        var accent = lines.FindIndex(l => l.StartsWith("accent:", StringComparison.Ordinal));
        lines[accent] = "accent: red";
        var font = lines.FindIndex(l => l.StartsWith("title_font:", StringComparison.Ordinal));
        lines[font] = "title_font: Missing.otf";
        File.WriteAllLines(card, lines);
        var result = SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), site.Combine("output"), DisplayRoot: site.Path));
        Assert.Equal(
            [$"theme/card/card.yml:{font + 1}:13: error SITE008: 'title_font' must name a font file in theme/card/",
             $"theme/card/card.yml:{accent + 1}:9: error SITE008: 'accent' must be a colour written #rrggbb"],
            result.Diagnostics.Where(d => d.Code == "SITE008").Select(d => d.ToString()));
        Assert.False(result.Succeeded);
    }
}
