using System.Text.Json.Serialization;

namespace Site.Preview;

/// <summary>The payloads of the preview's Server-Sent Events (the reload script reads them).</summary>
internal sealed record BuildErrorEvent(IReadOnlyList<string> Diagnostics);

internal sealed record StylesheetSwapEvent(string From, string To);

internal sealed record ReloadEvent(int Pages, long Ms);

/// <summary>
/// Their JSON, written by a serializer the compiler generates (no reflection at run time: ready for
/// trimming and Native AOT, and no first-use cost of reflection-based metadata in a cold preview).
/// Property names in camel case, as the reload script reads them.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BuildErrorEvent))]
[JsonSerializable(typeof(StylesheetSwapEvent))]
[JsonSerializable(typeof(ReloadEvent))]
internal sealed partial class PreviewEventJson : JsonSerializerContext;
