using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Yaml;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Issue 24.7: typographic apostrophes and quotes everywhere a reader sees words, not only in Markdown
/// bodies: the theme's UI strings (theme/i18n), titles, front matter, data cells, labels and the words of
/// attributes a reader hears or sees (aria-label, title, alt, placeholder, the meta description). English
/// writes ’ “ ”; French writes ’ and « » with a no-break space inside, and a no-break space before ; : ! ?.
/// Code (code, pre, script, style, and the Embed view's snippet in its textarea) is exempt, and so is text marked in another language (the article's
/// English title on a French page).
/// </summary>
public sealed partial class TypographyTests
{
    private const string ArticleTitle = "Canada’s AI for All: Can the Nation Escape the Silicon Valley Brain Drain?";

    private static readonly string[] SpokenAttributes = ["aria-label", "title", "alt", "placeholder"];

    /// <summary>Every piece of words a reader meets on a page, with the language it is written in.</summary>
    private static IEnumerable<(string Text, string Language)> Words(IDocument page)
    {
        var pageLanguage = page.DocumentElement.GetAttribute("lang") ?? "en";
        foreach (var element in page.All)
        {
            if (element.Closest("code, pre, script, style, template, textarea") is not null) continue;
            var language = element.Closest("[lang]")?.GetAttribute("lang") ?? pageLanguage;
            foreach (var node in element.ChildNodes.OfType<IText>())
                yield return (node.Data, language);
            foreach (var name in SpokenAttributes)
                if (element.GetAttribute(name) is { Length: > 0 } value) yield return (value, language);
            if (element.LocalName == "meta" && element.GetAttribute("name") is "description" or "twitter:title" or "twitter:description"
                || element.LocalName == "meta" && element.GetAttribute("property") is "og:title" or "og:description")
                yield return (element.GetAttribute("content") ?? "", language);
        }
    }

    /// <summary>What is wrong with a text's quotes and spaces in its language, or nothing.</summary>
    private static IEnumerable<string> Faults(string text, string language)
    {
        if (text.IndexOfAny(['\'', '"']) is var straight and >= 0)
            yield return $"a straight quote in \"{Around(text, straight)}\"";
        if (!language.StartsWith("fr", StringComparison.Ordinal)) yield break;
        // The article's English title, which French pages cite as it is published (ExplainerEditorialTests exempts it too).
        text = text.Replace(ArticleTitle, "");
        foreach (Match fault in FrenchSpacing().Matches(text))
            yield return $"French spacing at \"{Around(text, fault.Index)}\"";
    }

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 30), Math.Min(60, text.Length - Math.Max(0, index - 30))).Trim();

    /// <summary>
    /// « and » without a no-break space (U+00A0 or U+202F) inside; ; ! ? with a space or a letter before
    /// instead of a no-break space; a colon after a letter or an ordinary space (U+00A0 before a colon).
    /// </summary>
    [GeneratedRegex(@"«[^\u00A0\u202F]|[^\u00A0\u202F]»|[^\u00A0\u202F\s][;!?](\s|$)| [;!?:](\s|$)|\p{L}:(\s|$)")]
    private static partial Regex FrenchSpacing();

    public static TheoryData<string> Languages => new() { "en", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_word_a_reader_meets_has_its_languages_quotes_and_spaces(string language)
    {
        var site = RealSite.Generated;
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var pages = site.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)
            && f.RelativePath.StartsWith("fr/", StringComparison.Ordinal) == (language == "fr")).ToList();
        Assert.True(pages.Count > 10, $"{pages.Count} pages in '{language}'");
        var faults = new List<string>();
        foreach (var file in pages)
        {
            var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content!));
            foreach (var (text, textLanguage) in Words(page))
                faults.AddRange(Faults(text, textLanguage).Select(f => $"{file.RelativePath}: {f}"));
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults.Distinct()));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_ui_string_of_the_theme_has_its_languages_quotes_and_spaces(string language)
    {
        var path = Path.Combine(Repo.Theme, "i18n", language + ".yml");
        var file = new SourceFile(path, "theme/i18n/" + language + ".yml", "theme/i18n/" + language + ".yml", File.ReadAllText(path));
        var diagnostics = new DiagnosticBag();
        var root = YamlReader.Parse(new YamlReader.Fragment(file, file.Text), Codes.I18N001, diagnostics, out var failed);
        Assert.False(failed);
        var strings = Assert.IsType<YMap>(root).Entries.Select(e => (Key: e.Key.Value, Value: e.Value as YScalar)).Where(e => e.Value is not null).ToList();
        Assert.True(strings.Count > 20, $"{strings.Count} strings in {language}.yml");
        var faults = strings.SelectMany(s => Faults(s.Value!.Value, language).Select(f => $"{s.Key}: {f}")).ToList();
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Fact]
    public void A_french_page_marks_the_articles_english_title_as_english()
    {
        var site = RealSite.Generated;
        var cites = site.Files.Where(f => f.RelativePath.StartsWith("fr/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(f => new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(f.Content!)).QuerySelectorAll("cite"))
            .Where(c => c.TextContent == ArticleTitle).ToList();
        Assert.NotEmpty(cites);
        Assert.All(cites, c => Assert.Equal("en", c.GetAttribute("lang")));
    }

    [Theory]
    [InlineData("en", "Don't say \"this\"", 1)]
    [InlineData("en", "Don’t say “this”", 0)]
    [InlineData("fr", "Il dit « oui » ; puis : non !", 5)]
    [InlineData("fr", "Il dit «\u202Foui\u202F» ; puis\u00A0: non\u202F!", 1)]
    [InlineData("fr", "Il dit «\u202Foui\u202F»\u202F; puis\u00A0: non\u202F!", 0)]
    [InlineData("fr", "l'article", 1)]
    public void The_check_finds_what_it_should(string language, string text, int faults)
    {
        Assert.Equal(faults, Faults(text, language).Count());
    }
}
