using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Loading;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// The editorial rules of issue 11, asserted on the built text of both languages: every sentence exactly as
/// strong as the article, chart titles that state a finding, nothing said twice, French as a Canadian-French
/// editor writes it, one English house style and no raw identifier shown to a reader. Beside the fidelity
/// tests (<see cref="ExplainerFidelityTests"/>), which check the facts themselves.
/// </summary>
public sealed partial class ExplainerEditorialTests
{
    private const char Nbsp = '\u00A0';
    private const char Thin = '\u202F';

    private static readonly Lazy<BuildResult> Site = new(() => RealSite.Generated);

    private static IDocument Page(string relativePath)
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        var file = Site.Value.Files.Single(f => f.RelativePath == relativePath);
        return new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content!));
    }

    private static IEnumerable<(string Path, IDocument Page)> Pages(string language)
    {
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));
        return Site.Value.Files
            .Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal) && f.RelativePath.StartsWith("fr/", StringComparison.Ordinal) == (language == "fr"))
            .Select(f => (f.RelativePath, Page(f.RelativePath)));
    }

    private static IEnumerable<(string Path, IDocument Page)> BothLanguages() => Pages("en").Concat(Pages("fr"));

    /// <summary>What a reader sees: no scripts, no words meant for screen readers only; spaces kept as they are.</summary>
    private static string Text(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden, script, style").ToList()) hidden.Remove();
        return Spaces().Replace(copy.TextContent, " ").Trim();
    }

    /// <summary>The page's visible text with every kind of space made one (for wording checks).</summary>
    private static string Plain(IElement element) => Text(element).Replace(Nbsp, ' ').Replace(Thin, ' ');

    // 1. Exactly as strong as the article.

    [Theory]
    [InlineData("en", "only by resource-rich")]
    [InlineData("en", "dwarfed only")]
    [InlineData("fr", "seulement par de nouveaux venus")]
    [InlineData("en", "hard to close")]
    [InlineData("fr", "difficile à combler")]
    [InlineData("en", "rated highest")]
    [InlineData("en", "rates it highest")]
    [InlineData("en", "most promising")]
    [InlineData("fr", "premier rang")]
    [InlineData("fr", "plus prometteur")]
    [InlineData("en", "in connection with it")]
    [InlineData("fr", "à ce propos la Dre")]
    public void No_page_says_more_than_the_article(string language, string overstatement)
    {
        foreach (var (path, page) in Pages(language))
            Assert.False(Plain(page.DocumentElement).Contains(overstatement, StringComparison.OrdinalIgnoreCase), $"{path} says \"{overstatement}\"");
    }

    [Fact]
    public void No_chart_summary_gives_a_ratio_of_our_own_unmarked()
    {
        // The generator writes no ratio of its own (a comparison names the values); should one come back, it says it is ours.
        Assert.Matches(Ratio(), "the largest is about 22 times Canada’s");
        Assert.Matches(Ratio(), "environ 22 fois celui du Canada");
        foreach (var (path, page) in BothLanguages())
        {
            foreach (var summary in page.QuerySelectorAll(".chart-summary"))
            {
                var text = Plain(summary);
                foreach (Match ratio in Ratio().Matches(text))
                {
                    var sentence = text[..ratio.Index];
                    sentence = sentence[(sentence.LastIndexOf(". ", StringComparison.Ordinal) + 1)..];
                    Assert.True(sentence.Contains("By our calculation", StringComparison.Ordinal) || sentence.Contains("Selon notre calcul", StringComparison.Ordinal),
                        $"{path}: \"{text}\" gives a ratio without saying it is ours");
                }
            }
        }
    }

    [Theory]
    [InlineData("risks/index.html", "public-private partnership", "brokerage")]
    [InlineData("fr/risks/index.html", "partenariat public-privé", "courtage")]
    public void Compute_brokerage_is_not_set_beside_the_partnership_prediction(string path, string partnership, string brokerage)
    {
        var page = Page(path);
        var items = page.QuerySelectorAll("main p, main li").Where(e => Plain(e).Contains(partnership, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.DoesNotContain(brokerage, Plain(item), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("pillars/talent/index.html", "According to the article", "central coordinating body", "led by Dr. Elissa Strome")]
    [InlineData("fr/pillars/talent/index.html", "selon l’article", "organisme central de coordination", "dirigé par la Dre Elissa Strome")]
    public void Cifar_is_the_central_coordinating_body_led_by_Dr_Strome_according_to_the_article(string path, string attribution, string role, string leader)
    {
        var text = Plain(Page(path).QuerySelectorAll("main p").Single(p => Plain(p).Contains("Strome", StringComparison.Ordinal)));
        Assert.Contains(attribution, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(role, text);
        Assert.True(text.Contains(leader, StringComparison.Ordinal) || (leader.StartsWith("led by", StringComparison.Ordinal) && text.Contains("its head is Dr. Elissa Strome", StringComparison.Ordinal)), text);
    }

    [Theory]
    [InlineData("brain-drain/index.html", "Five AI companies with Canadian ties: two stayed, one moved its headquarters abroad, one closed its lab in 2023, one was absorbed")]
    [InlineData("fr/brain-drain/index.html", "Cinq entreprises d’IA liées au Canada : deux sont restées, une a déménagé son siège à l’étranger, une a fermé son laboratoire en 2023, une a été absorbée")]
    public void The_companies_table_says_a_lab_closed_and_a_company_was_absorbed(string path, string title) =>
        Assert.Equal(title, Plain(Page(path).QuerySelector("figure#table-companies caption")!));

    [Theory]
    [InlineData("sources/index.html", "the number of researchers kept, which comes from the article's predictions")]
    [InlineData("sources/index.html", "for DeepMind's Edmonton closure, the company table and the section on risks")]
    [InlineData("fr/sources/index.html", "le nombre de chercheurs retenus, qui vient des prédictions de l’article")]
    public void The_sources_page_says_where_each_tables_rows_come_from(string path, string account) =>
        Assert.Contains(account.Replace('\'', '’'), Plain(Page(path).QuerySelector("main")!));

    // 2. Chart titles state a finding, subtitles carry units and caveats.

    [Fact]
    public void Every_chart_title_states_a_finding_and_has_a_subtitle_in_both_languages()
    {
        var charts = 0;
        foreach (var (path, page) in BothLanguages())
        {
            foreach (var chart in page.QuerySelectorAll("figure.chart"))
            {
                charts++;
                var title = Plain(chart.QuerySelector(".chart-title")!);
                Assert.DoesNotContain("highlighted", title, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("en évidence", title, StringComparison.OrdinalIgnoreCase);
                // A finding is a sentence with a verb, not a label: these titles all name what the data does.
                Assert.Matches(FindingVerb(), title);
                Assert.NotEqual("", Plain(chart.QuerySelector(".chart-subtitle")!));
            }
        }
        Assert.True(charts >= 14, $"{charts} charts");
    }

    // 3. Nothing said twice.

    [Theory]
    [InlineData("index.html")]
    [InlineData("fr/index.html")]
    public void The_home_page_gives_its_answer_and_key_figures_once(string path)
    {
        var home = Page(path);
        var main = home.QuerySelector("main")!;
        var answer = Plain(home.QuerySelector(".answer")!);
        var firstSentence = answer[..answer.IndexOf('.', StringComparison.Ordinal)];
        Assert.Equal(1, Occurrences(Plain(main), firstSentence));
        // A key figure's cell is not written again in the page's prose.
        var cards = home.QuerySelectorAll(".key-figure-value span.figure").Select(Cell).ToHashSet();
        Assert.True(cards.Count >= 4);
        var prose = main.QuerySelectorAll("span.figure").Where(s => s.Closest(".key-figures") is null).Select(Cell).ToList();
        Assert.DoesNotContain(prose, cards.Contains);
        // And the lead chart does not draw a card's value again.
        var drawn = home.QuerySelector("figure.chart")!.Id!;
        Assert.DoesNotContain(cards, c => drawn == "chart-" + c.Split('|')[0]);
    }

    [Fact]
    public void A_tables_note_is_not_repeated_in_the_paragraph_after_it()
    {
        var checkedTables = 0;
        foreach (var (path, page) in BothLanguages())
        {
            foreach (var table in page.QuerySelectorAll("main figure.table, main figure[id^='table-']"))
            {
                var notes = string.Join(" ", table.QuerySelectorAll(".notes, .table-notes, .note, p:not(.source)").Select(Plain));
                if (notes.Length == 0 || table.NextElementSibling is not { LocalName: "p" } next) continue;
                checkedTables++;
                var shared = Shingles(notes).Intersect(Shingles(Plain(next))).ToList();
                Assert.True(shared.Count == 0, $"{path}: the paragraph after {table.Id} repeats its note (\"{shared.FirstOrDefault()}\")");
            }
        }
        Assert.True(checkedTables >= 6, $"{checkedTables} tables followed by a paragraph");
    }

    [Fact]
    public void A_source_line_stands_once_per_figure()
    {
        foreach (var (path, page) in BothLanguages())
        {
            foreach (var figure in page.QuerySelectorAll("main figure"))
            {
                if (figure.ParentElement?.Closest("figure") is not null) continue;
                var lines = figure.QuerySelectorAll("p.source").Count(p => p.ParentElement?.Closest("figure") == figure || p.Closest("figure") == figure);
                Assert.True(lines <= 1, $"{path}: {figure.Id} has {lines} source lines");
            }
            foreach (var card in page.QuerySelectorAll(".key-figure"))
                Assert.True(card.QuerySelectorAll(".key-figure-source").Length <= 1, $"{path}: a key figure with two source lines");
        }
    }

    // 4. French as a Canadian-French editor writes it.

    [Fact]
    public void French_pages_have_a_french_footer_and_french_source_lines()
    {
        foreach (var (path, page) in Pages("fr"))
        {
            var footer = Plain(page.QuerySelector("footer")!);
            Assert.DoesNotContain("explainer team", footer, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Équipe du dossier AI for All", footer);
            foreach (var source in page.QuerySelectorAll("p.source, .key-figure-source"))
            {
                Assert.DoesNotContain("June", Plain(source));
                Assert.DoesNotContain("Hacker News", Plain(source));
            }
        }
        Assert.Contains("Contenu publié sous licence", Plain(Page("fr/index.html").QuerySelector("footer")!));
    }

    [Fact]
    public void French_punctuation_has_its_no_break_spaces_everywhere_including_the_data_index()
    {
        var pages = 0;
        foreach (var (path, page) in Pages("fr"))
        {
            pages++;
            var text = Text(page.QuerySelector("main")!);
            foreach (Match colon in Regex.Matches(text, @"\S :|\S\u202F:| ;| \?| !|«[^\u00A0]|[^\u00A0]»"))
                Assert.Fail($"{path}: \"{text.Substring(Math.Max(0, colon.Index - 30), Math.Min(60, text.Length - Math.Max(0, colon.Index - 30)))}\"");
            // A colon straight after a word: "Titre: description" (the article's English title, quoted in italics, is exempt).
            foreach (Match colon in Regex.Matches(text.Replace("Canada’s AI for All: Can", ""), @"\p{L}:\s"))
                Assert.Fail($"{path}: no space before a colon near \"{text.Substring(Math.Max(0, colon.Index - 30), Math.Min(60, text.Length - Math.Max(0, colon.Index - 30)))}\"");
        }
        Assert.True(pages >= 20);
        Assert.Contains("Exode des cerveaux" + Nbsp + ": trois événements datés" + Nbsp + ": Une acquisition", Text(Page("fr/data/index.html").QuerySelector("main")!));
    }

    [Theory]
    [InlineData("de environ")]
    [InlineData("de au moins")]
    [InlineData("ou plus PFLOP/s")]
    [InlineData("rétention")]
    [InlineData("indiquée comme")]
    [InlineData("indiqué comme")]
    [InlineData("à à")]
    [InlineData("de de")]
    public void French_running_text_has_no_calque_or_unelided_qualifier(string wrong)
    {
        foreach (var (path, page) in Pages("fr"))
            Assert.False(Regex.IsMatch(Plain(page.QuerySelector("main")!), @"(?<!\w)" + Regex.Escape(wrong) + @"(?!\w)"), $"{path} writes \"{wrong}\"");
    }

    [Fact]
    public void French_running_text_writes_ranges_with_de_and_a_while_tables_keep_the_dash()
    {
        var sme = Page("fr/pillars/sme/index.html");
        Assert.Contains("un prix subventionné de 0,05 à 0,10 $ CA par million de jetons", Plain(sme.QuerySelector("main")!));
        Assert.Contains("elle serait de 0,5 à 1 million de dollars canadiens par année", Plain(Page("fr/pillars/talent/index.html").QuerySelector("main")!));
        foreach (var (path, page) in Pages("fr"))
        {
            foreach (var paragraph in page.QuerySelectorAll("main p, main li").Where(e => e.Closest("figure") is null))
                Assert.DoesNotMatch(@"\d–\d", Plain(paragraph));
        }
        Assert.Contains("0,05–0,10", Plain(Page("fr/data/infrastructure/index.html").QuerySelector("main table")!));
    }

    [Fact]
    public void French_key_figures_fit_a_phone_card()
    {
        var values = Page("fr/index.html").QuerySelectorAll(".key-figure-value").Select(Plain).ToList();
        Assert.Contains("2,5 milliards $", values);
        Assert.All(values, value => Assert.True(value.Length <= 16, $"\"{value}\" is too long for a card at 320 px"));
    }

    // 5. One English house style, and no raw identifier shown to readers.

    [Fact]
    public void English_pages_use_curly_quotes_and_canadian_spelling()
    {
        foreach (var (path, page) in Pages("en"))
        {
            var main = (IElement)page.QuerySelector("main")!.Clone();
            // Code is exempt: code elements, and a chart's Embed view's HTML to copy (a text area).
            foreach (var code in main.QuerySelectorAll("code, pre, textarea").ToList()) code.Remove();
            // A chart's embed page has no site header: its own footer (back link, citation) instead.
            var text = Text(main) + " " + Text(page.QuerySelector("title")!) + " " + Text(page.QuerySelector("header") ?? page.QuerySelector("footer.embed-footer")!);
            Assert.False(text.Contains('\'') || text.Contains('"'), $"{path} shows a straight quote: {Context(text, text.IndexOfAny(['\'', '"']))}");
            foreach (var other in new[] { @"\bsceptic", @"\bspecialis", @"\bprogrammes?\b", @"\bdata centers?\b", @"\borganis(e|ation)", @"\blabor\b", @"\bcenters?\b", @"\bfavor\b" })
                Assert.False(Regex.IsMatch(text, other, RegexOptions.IgnoreCase), $"{path} writes {other} (Canadian: centre, labour, program, -ize)");
        }
    }

    [Fact]
    public void No_search_title_or_data_page_shows_a_slug()
    {
        foreach (var index in new[] { "search-index.json", "fr/search-index.json" })
        {
            using var json = JsonDocument.Parse(Site.Value.Files.Single(f => f.RelativePath == index).Content!);
            var rows = 0;
            foreach (var entry in json.RootElement.EnumerateArray())
            {
                var title = entry.GetProperty("t").GetString()!;
                Assert.DoesNotMatch(Slug(), title);
                if (entry.GetProperty("k").GetString() == "row") rows++;
            }
            Assert.True(rows >= 40, $"{index}: {rows} rows");
        }
        foreach (var (path, page) in BothLanguages().Where(p => p.Path.Contains("data/", StringComparison.Ordinal)))
        {
            foreach (var cell in page.QuerySelectorAll("main th, main td"))
                Assert.DoesNotMatch(Slug(), Plain(cell));
            Assert.DoesNotContain(page.QuerySelectorAll("main th"), th => Plain(th).Contains(" id", StringComparison.Ordinal) || Plain(th).StartsWith("Identifiant", StringComparison.Ordinal));
        }
        // Nor does the sources page name tables by their file names.
        foreach (var path in new[] { "sources/index.html", "fr/sources/index.html" })
            Assert.DoesNotContain(Page(path).QuerySelectorAll("main code"), code => Slug().IsMatch(Plain(code)) || Plain(code) is "infrastructure" or "institutions" or "companies" or "predictions");
    }

    private static string Cell(IElement span) => span.GetAttribute("data-table") + "|" + span.GetAttribute("data-row") + "|" + span.GetAttribute("data-column");

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Every run of eight words, lower-cased: two texts sharing one say the same thing twice.</summary>
    private static HashSet<string> Shingles(string text)
    {
        var words = Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(w => w.Length > 0).ToList();
        return Enumerable.Range(0, Math.Max(0, words.Count - 7)).Select(i => string.Join(' ', words.Skip(i).Take(8))).ToHashSet();
    }

    private static string Context(string text, int at) => at < 0 ? "" : "\"" + text.Substring(Math.Max(0, at - 40), Math.Min(80, text.Length - Math.Max(0, at - 40))) + "\"";

    /// <summary>Layout whitespace only: the no-break spaces of French typography are kept for the checks.</summary>
    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\d+(,\d)? (times|fois)\b")]
    private static partial Regex Ratio();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)+$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"\b(is|are|has|have|stays|would|raised|arrive|reste|resterait|aurait|consomment|a |serait|draw|left|trail)\b")]
    private static partial Regex FindingVerb();
}
