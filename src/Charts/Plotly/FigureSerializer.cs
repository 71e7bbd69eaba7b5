using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Plotly.NET;

namespace Site.Charts.Plotly;

/// <summary>
/// A figure's plotly.js JSON (<c>{"data":[…],"layout":{…},"frames":[…]}</c>), written with System.Text.Json's
/// <see cref="Utf8JsonWriter"/> from the objects Plotly.NET builds: a Plotly.NET object is a JSON object of
/// its set properties, a colour is its value, a sequence an array, a number or string itself. Plotly.NET's
/// own <c>toFigureJson</c> (Json.NET) gives the same JSON (FigureSerializerTests compare them parsed), but
/// Json.NET's first use in a process cost ~200 ms of CPU for a few kilobytes. The walk is ours, not
/// JsonSerializer's: a serializer that discovers types by reflection has nothing to discover under Native
/// AOT (measured: every figure came out as <c>{}</c>), and a value of a kind not listed here is a bug,
/// not something to guess at. Numbers are written invariantly whatever the culture (NaN and infinities
/// throw: JSON cannot hold them); strings keep their characters (French accents, quotes) and escape what
/// JSON must, plus the white spaces System.Text.Json always escapes (the no-break spaces become \u00A0
/// and \u202F: the same string).
/// </summary>
internal static class FigureSerializer
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // FigureBuilder escapes <, > and & for the page itself
    };

    public static string Write(GenericChart chart)
    {
        var figure = GenericChart.toFigure(chart);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            WriteValue(writer, figure.Data);
            writer.WritePropertyName("layout");
            WriteValue(writer, figure.Layout);
            writer.WritePropertyName("frames");
            WriteValue(writer, figure.Frames);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case double number: writer.WriteNumberValue(number); break;
            case float number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case char character: writer.WriteStringValue(character.ToString()); break;
            // A Plotly.NET colour is its value: a CSS colour string, or an array of them (Json.NET's ColorConverter does the same).
            case Color color: WriteValue(writer, color.Value); break;
            // Trace, Layout, Marker, Font and every other Plotly.NET object: its properties as DynamicObj lists them.
            case DynamicObj.DynamicObj item:
                writer.WriteStartObject();
                foreach (var property in item.GetProperties(true))
                {
                    writer.WritePropertyName(property.Key);
                    WriteValue(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            // Our own objects for plotly.js's meta (UntypedProperties.WithMeta), members in the order written.
            case IEnumerable<KeyValuePair<string, object?>> members:
                writer.WriteStartObject();
                foreach (var (name, member) in members)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, member);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var element in items) WriteValue(writer, element);
                writer.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"the figure holds a {value.GetType().FullName}, which has no JSON form here (FigureSerializer)");
        }
    }
}
