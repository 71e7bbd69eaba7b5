using Site.Localization;
using Xunit;

namespace Site.Tests.Languages;

/// <summary>A text in one language is held without a dictionary; it must read as a text in several does.</summary>
public sealed class LocalizedTextTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("fr", "en")]
    [InlineData("de", "fr")]
    public void A_text_written_once_reads_the_same_in_every_language(string language, string fallback)
    {
        Assert.Equal("Canada", LocalizedText.Plain("en", "Canada").Get(language, fallback));
        Assert.Equal("PFLOP/s", new LocalizedText(new Dictionary<string, string> { ["en"] = "PFLOP/s" }, "en").Get(language, fallback));
    }

    [Fact]
    public void A_text_in_several_languages_falls_back_to_the_default()
    {
        var text = new LocalizedText(new Dictionary<string, string> { ["fr"] = "Pays", ["en"] = "Country" }, "en");
        Assert.Equal("Pays", text.Get("fr", "en"));
        Assert.Equal("Country", text.Get("de", "en"));
        Assert.Equal("Country", text.Get("de", "es"));
        Assert.Equal(["en", "fr"], text.Languages);
    }

    [Fact]
    public void Its_languages_and_default_are_those_it_was_written_in()
    {
        var once = LocalizedText.Plain("fr", "Pays");
        Assert.Equal(["fr"], once.Languages);
        Assert.Equal("fr", once.DefaultLanguage);
        Assert.Equal("en", new LocalizedText(new Dictionary<string, string> { ["fr"] = "Pays" }, "en").DefaultLanguage);
        Assert.Null(once.SentenceForm("fr"));
        Assert.Empty(once.InSentence);
    }
}
