using Scriban.Runtime;
using Site.Diagnostics;
using Site.Templates;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Templates;

/// <summary>
/// The small objects of a page model (headings, neighbours, card, citation, language versions) are
/// FrozenObjects: templates must see them exactly as they saw the read-only ScriptObjects they replaced.
/// </summary>
public sealed class FrozenObjectTests
{
    private static readonly FrozenObject.Shape Shape = new("level", "id", "text", "twin", "none");

    private static ScriptObject AsScriptObject()
    {
        var value = new ScriptObject { ["level"] = 2, ["id"] = "why-it-matters", ["text"] = "Why \"it\" matters\n", ["twin"] = true, ["none"] = null };
        value.IsReadOnly = true;
        return value;
    }

    private static FrozenObject AsFrozen() => new(Shape, 2, "why-it-matters", "Why \"it\" matters\n", true, null);

    /// <summary>Renders a page body with <paramref name="value"/> as the global <c>h</c>.</summary>
    private static (string? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(string template, object value) =>
        BodyTemplate.Render(template, new ScriptObject { ["h"] = value });

    [Theory]
    [InlineData("{{ h }}")]
    [InlineData("{{ h.level }} {{ h.id }} {{ h.text }} {{ h.twin }} [{{ h.none }}] {{ h['id'] }}")]
    [InlineData("{{ h | object.keys }} {{ h | object.values }} {{ h | object.size }}")]
    [InlineData("{{ [h] }} {{ [h, h] | array.size }} {{ ([h] | array.map 'id')[0] }}")]
    [InlineData("{{ h.level == 2 && h.twin ? 'yes' : 'no' }} {{ h.text | string.upcase }}")]
    [InlineData("{{ object.has_key h 'id' }} {{ object.has_key h 'x' }} {{ object.has_value h 'none' }} {{ object.typeof h }}")]
    [InlineData("{{ for member in h }}{{ member }};{{ end }}")]
    [InlineData("{{ x = h; x.id }} {{ h == h }} {{ h != null }} {{ if h; 'set'; end }}")]
    public void Templates_read_and_print_it_as_they_did_a_read_only_ScriptObject(string template)
    {
        var before = Render(template, AsScriptObject());
        var after = Render(template, AsFrozen());
        Assert.Empty(before.Diagnostics);
        Assert.Empty(after.Diagnostics);
        Assert.Equal(before.Output, after.Output);
    }

    [Fact]
    public void It_prints_its_members_in_order_strings_quoted_and_escaped()
    {
        Assert.Equal("{level: 2, id: \"why-it-matters\", text: \"Why \\\"it\\\" matters\\n\", twin: true, none: null}", Render("{{ h }}", AsFrozen()).Output);
    }

    [Theory]
    [InlineData("{{ h.missing }}")]
    [InlineData("{{ h.size }}")]
    [InlineData("{{ for member in h }}{{ member.key }}{{ end }}")]
    [InlineData("{{ h | object.to_json }}")]
    public void What_fails_fails_as_it_did(string template)
    {
        // A member that is not there is an error (the sandbox's strict variables); object.to_json is System.Text.Json over the object.
        var before = Render(template, AsScriptObject());
        var after = Render(template, AsFrozen());
        Assert.Equal(before.Output, after.Output);
        Assert.Equal(before.Diagnostics.Select(d => d.ToString()), after.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("{{ h.level = 3 }}")]
    [InlineData("{{ h.added = 'x' }}")]
    public void Changing_it_is_a_located_template_error_as_changing_any_model_is(string template)
    {
        var before = Render(template, AsScriptObject());
        var after = Render(template, AsFrozen());
        Assert.Null(after.Output);
        var error = Assert.Single(after.Diagnostics);
        Assert.Equal(Assert.Single(before.Diagnostics).ToString(), error.ToString());
        Assert.Equal("input/index.md:4:4: error PAGE020: template error: this changes a builtin (such as date.format) or the site's data, which templates may only read; assign to a variable of your own", error.ToString());
    }

    [Fact]
    public void Its_values_must_match_its_shape()
    {
        Assert.Throws<ArgumentException>(() => new FrozenObject(Shape, 2, "id"));
    }
}
