using System.Text.Json;
using Site.Templates;
using Xunit;

namespace Site.Tests;

/// <summary>The templates' <c>json</c> function: JSON string literals that cannot break out of their script element.</summary>
public sealed class TemplateJsonTests
{
    public static TheoryData<string> Hostile => new()
    {
        "plain",
        "</script><script>alert(1)</script>",
        "quote \" backslash \\ slash /",
        "<!-- comment --> & ampersand ' apostrophe `",
        "control \u0000 \u0001 \b \f \n \r \t \u001f \u007f",
        "line separators \u2028 \u2029 \u0085",
        "non-ASCII: l’IA, Québec, 東京, emoji 🇨🇦",
        "lone surrogate \ud800 end",
        "",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_string_is_written_as_System_Text_Json_writes_it_and_never_closes_a_script(string text)
    {
        var json = TemplateFunctions.JsonString(text);
        Assert.Equal(JsonSerializer.Serialize(text), json);
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        // Lone surrogates are replaced; everything else reads back as written.
        if (!text.Contains('\ud800')) Assert.Equal(text, JsonSerializer.Deserialize<string>(json));
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_and_null_is_null()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-CA");
            Assert.Equal("\"1.5\"", TemplateFunctions.JsonString(1.5));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = culture; }
        Assert.Equal("null", TemplateFunctions.JsonString(null));
    }
}
