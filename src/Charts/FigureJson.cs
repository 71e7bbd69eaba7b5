using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Site.Charts;

/// <summary>
/// Writes a plotly.js figure ({"data":[…],"layout":{…},"frames":[…]}) from the objects Plotly.NET
/// builds, with System.Text.Json's <see cref="Utf8JsonWriter"/>, byte for byte as Plotly.NET's own
/// <c>toFigureJson</c> (Json.NET) writes it: the same property order, Json.NET's number forms and
/// string escaping. Json.NET's first use in a process cost ~200 ms of CPU (contracts found by
/// reflection, dynamic methods compiled even in a ReadyToRun image) for a few kilobytes of JSON.
/// FigureJsonTests compare the two on every chart type and option.
/// A value of a type not listed in <see cref="WriteValue"/> is our bug, not a guess: it throws.
/// </summary>
internal static class FigureJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JsonNetStringEscaping.Instance };

    public static string Write(IEnumerable<DynamicObj.DynamicObj> data, DynamicObj.DynamicObj layout, IEnumerable<DynamicObj.DynamicObj> frames)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            WriteArray(json, data);
            json.WritePropertyName("layout");
            WriteObject(json, layout);
            json.WritePropertyName("frames");
            WriteArray(json, frames);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case double number: WriteFloat(json, number, number.ToString("R", CultureInfo.InvariantCulture)); break;
            case float number: WriteFloat(json, number, number.ToString("R", CultureInfo.InvariantCulture)); break;
            // Json.NET writes a decimal as its invariant text, with ".0" added when it has no point.
            case decimal number: json.WriteRawValue(WithDecimalPoint(number.ToString(CultureInfo.InvariantCulture))); break;
            case DynamicObj.DynamicObj dynamic: WriteObject(json, dynamic); break;
            case IDictionary dictionary: WriteDictionary(json, dictionary); break;
            case IEnumerable sequence: WriteArray(json, sequence); break;
            default: throw new InvalidOperationException($"Chart JSON: no rule for writing a value of type {value.GetType().FullName}.");
        }
    }

    /// <summary>
    /// Json.NET's form of a double or float: the shortest round-trip text ("R"), ".0" added to an
    /// integral value ("7.0", "-0.0", but "1E+20"), and NaN and the infinities as strings
    /// (Plotly.NET's settings: FloatFormatHandling.String).
    /// </summary>
    private static void WriteFloat(Utf8JsonWriter json, double value, string roundTrip)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) json.WriteStringValue(roundTrip);
        else json.WriteRawValue(WithDecimalPoint(roundTrip));
    }

    private static string WithDecimalPoint(string number) =>
        number.Contains('.', StringComparison.Ordinal) || number.Contains('E', StringComparison.Ordinal) || number.Contains('e', StringComparison.Ordinal) ? number : number + ".0";

    /// <summary>A Plotly.NET object: its properties in the order DynamicObj lists them, as Json.NET reads them.</summary>
    private static void WriteObject(Utf8JsonWriter json, DynamicObj.DynamicObj value)
    {
        json.WriteStartObject();
        foreach (var property in value.GetProperties(true))
        {
            json.WritePropertyName(property.Key);
            WriteValue(json, property.Value);
        }
        json.WriteEndObject();
    }

    private static void WriteDictionary(Utf8JsonWriter json, IDictionary dictionary)
    {
        json.WriteStartObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key) throw new InvalidOperationException($"Chart JSON: a dictionary key of type {entry.Key.GetType().FullName}.");
            json.WritePropertyName(key);
            WriteValue(json, entry.Value);
        }
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, IEnumerable items)
    {
        json.WriteStartArray();
        foreach (var item in items) WriteValue(json, item);
        json.WriteEndArray();
    }
}
