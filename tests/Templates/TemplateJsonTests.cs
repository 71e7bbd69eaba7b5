using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Site.Diagnostics;
using Site.Markdown;
using Site.Templates;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Templates;

/// <summary>
/// <c>object.to_json</c> is ours (<see cref="TemplateJson"/>): Scriban's needs System.Text.Json's reflection,
/// which the Native AOT build lacks. It must write what Scriban's writes in the JIT build, where that works.
/// </summary>
public sealed class TemplateJsonTests
{
    public static TheoryData<string> Values() => new(Cases.Keys);

    private static readonly Dictionary<string, Func<object?>> Cases = new()
    {
        ["null"] = () => null,
        ["text"] = () => "Déjà « vu » <b>&</b> 'q' \"d\" \\ \n\t\u2028 😀",
        ["numbers"] = () => new ScriptArray { 0, -7, 2_147_483_647L, 1.5, -0.25, 1e21, 0.1 + 0.2, 12.50m, 3.25f, (byte)4 },
        ["booleans"] = () => new ScriptArray { true, false },
        ["dates"] = () => new ScriptArray { new DateTime(2026, 6, 1), new DateTime(2026, 6, 1, 13, 45, 7, DateTimeKind.Utc), new DateOnly(2026, 1, 22) },
        ["object"] = () => new ScriptObject { ["title"] = "Page 1", ["order"] = 3, ["draft"] = false, ["none"] = null, ["tags"] = new ScriptArray { "a", "b" }, ["nested"] = new ScriptObject { ["x"] = 1.25 } },
        ["frozen"] = () => new FrozenObject(new FrozenObject.Shape("level", "id", "text"), 2, "why", "Why it <matters>"),
        ["tracked"] = () => new TrackedObject { ["url"] = "/p1/", ["headings"] = new ScriptArray { new FrozenObject(new FrozenObject.Shape("id"), "a") } },
        ["empty"] = () => new ScriptArray { new ScriptObject(), new ScriptArray() },
    };

    private static TemplateContext Context() => new SiteTemplateContext(new Dictionary<string, SourceFile>());

    [Theory]
    [MemberData(nameof(Values))]
    public void It_writes_what_Scribans_own_writes_where_that_works(string name)
    {
        var value = Cases[name]();
        Assert.Equal(ObjectFunctions.ToJson(Context(), value), TemplateJson.Write(Context(), value));
    }

    [Fact]
    public void A_page_content_is_written_as_its_text()
    {
        var page = new TrackedObject { ["title"] = "A", ["content"] = new Utf8Html("<p>Été</p>") };
        Assert.Equal("{\"title\":\"A\",\"content\":\"\\u003Cp\\u003E\\u00C9t\\u00E9\\u003C/p\\u003E\"}", TemplateJson.Write(Context(), page));
    }

    [Fact]
    public void An_object_inside_itself_is_refused_as_Scriban_refuses_it()
    {
        var loop = new ScriptObject { ["name"] = "loop" };
        loop["self"] = loop;
        // Scriban's fails inside System.Text.Json (a JsonException); ours says why, and templates report either as a located error.
        Assert.ThrowsAny<Exception>(() => ObjectFunctions.ToJson(Context(), loop));
        Assert.Equal("Structure is too deeply nested or contains reference loops.", Assert.Throws<InvalidOperationException>(() => TemplateJson.Write(Context(), loop)).Message);
    }

    [Fact]
    public void Templates_get_ours_and_its_errors_are_located()
    {
        var (failed, errors) = BodyTemplate.Render("{{ {a: [1, 'x'], b: null} | object.to_json }}\n{{ object.to_json }}\n", new ScriptObject());
        Assert.Null(failed);
        var error = Assert.Single(errors).ToString();
        Assert.StartsWith("input/index.md:5:", error);
        Assert.Contains(" error PAGE020: template error:", error);

        Assert.Equal("{\"a\":[1,\"x\"],\"b\":null}", BodyTemplate.Render("{{ {a: [1, 'x'], b: null} | object.to_json }}\n", new ScriptObject()).Output);
    }
}
