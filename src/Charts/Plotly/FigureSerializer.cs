using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Plotly.NET;

namespace Site.Charts.Plotly;

/// <summary>
/// A figure's plotly.js JSON (<c>{"data":[…],"layout":{…},"frames":[…]}</c>), written by System.Text.Json
/// from the objects Plotly.NET builds: a Plotly.NET object is a JSON object of its set properties, a
/// colour is its value. Plotly.NET's own <c>toFigureJson</c> (Json.NET) gives the same JSON
/// (FigureSerializerTests compare them parsed), but Json.NET's first use in a process cost ~200 ms
/// of CPU for a few kilobytes. Numbers are written invariantly whatever the culture; strings keep
/// their characters (French accents, quotes) and escape what JSON must, plus the white spaces that
/// System.Text.Json always escapes (the no-break spaces become \u00A0 and \u202F: the same string).
/// </summary>
internal static class FigureSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // FigureBuilder escapes <, > and & for the page itself
        TypeInfoResolver = JsonTypeInfoResolver.Combine(new PlotlyTypes(), new DefaultJsonTypeInfoResolver()),
        Converters = { new DynamicObjConverter(), new ColorConverter(), new ConvertibleConverter() },
    };

    public static string Write(GenericChart chart)
    {
        var figure = GenericChart.toFigure(chart);
        return JsonSerializer.Serialize(new { data = figure.Data, layout = figure.Layout, frames = figure.Frames }, Options);
    }

    /// <summary>
    /// Plotly.NET's types are described to System.Text.Json by their converters alone: the default
    /// resolver would read their attributes (looking for its own), and Plotly.NET's are Json.NET's,
    /// whose assembly would then load (what this serializer is here to avoid).
    /// </summary>
    private sealed class PlotlyTypes : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            typeof(DynamicObj.DynamicObj).IsAssignableFrom(type) || type == typeof(Color) ? JsonTypeInfo.CreateJsonTypeInfo(type, options) : null;
    }

    /// <summary>Trace, Layout, Marker, Font and every other Plotly.NET object: its properties as DynamicObj lists them.</summary>
    private sealed class DynamicObjConverter : JsonConverter<DynamicObj.DynamicObj>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(DynamicObj.DynamicObj).IsAssignableFrom(typeToConvert);

        public override void Write(Utf8JsonWriter writer, DynamicObj.DynamicObj value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var property in value.GetProperties(true))
            {
                writer.WritePropertyName(property.Key);
                JsonSerializer.Serialize(writer, property.Value, options);
            }
            writer.WriteEndObject();
        }

        public override DynamicObj.DynamicObj Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
    }

    /// <summary>
    /// A value typed IConvertible (Plotly.NET's data arrays are seq&lt;#IConvertible&gt;: numbers with gaps,
    /// or numbers and category names on one axis) is written as what it is, a number or a string.
    /// </summary>
    private sealed class ConvertibleConverter : JsonConverter<IConvertible>
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(IConvertible);

        public override void Write(Utf8JsonWriter writer, IConvertible value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, value, value.GetType(), options);

        public override IConvertible Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
    }

    /// <summary>A Plotly.NET colour is its value: a CSS colour string, or an array of them (Json.NET's ColorConverter does the same).</summary>
    private sealed class ColorConverter : JsonConverter<Color>
    {
        public override void Write(Utf8JsonWriter writer, Color value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, value.Value, options);

        public override Color Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
