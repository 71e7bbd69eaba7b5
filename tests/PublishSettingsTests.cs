using System.Text.RegularExpressions;
using System.Xml.Linq;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// Runtime settings compiled into the Native AOT publish (Site.csproj's <c>--runtimeopt:</c> arguments),
/// which the runtime reads silently: a value it cannot parse is ignored without a word, as
/// <c>GCgen0size=0x1000000</c> was (docs/performance.md, "Memory under Native AOT").
/// </summary>
public sealed partial class PublishSettingsTests
{
    [Fact]
    public void Every_runtime_setting_compiled_into_the_native_binary_is_written_as_the_runtime_reads_it_and_the_gen0_budget_is_one_of_them()
    {
        var project = XDocument.Load(Path.Combine(Repo.Checkout, "Site.csproj"));
        var settings = project.Descendants("IlcArg")
            .Select(arg => (string?)arg.Attribute("Include") ?? "")
            .Where(value => value.StartsWith("--runtimeopt:", StringComparison.Ordinal))
            .Select(value => value["--runtimeopt:".Length..].Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal);

        Assert.Contains("GCgen0size", settings.Keys);
        // Hexadecimal digits only, no "0x": the form of NativeAOT's configuration reader (RhConfig).
        Assert.All(settings, setting => Assert.Matches(BareHexadecimal(), setting.Value));
        // Within the budgets measured (1 to 16 MB, the same CPU; docs/performance.md, "Memory under Native AOT").
        Assert.InRange(Convert.ToInt64(settings["GCgen0size"], 16), 1024 * 1024, 16 * 1024 * 1024);
    }

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex BareHexadecimal();
}
