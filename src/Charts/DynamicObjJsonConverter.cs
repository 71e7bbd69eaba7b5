using DynamicObj;
using Newtonsoft.Json;

namespace Site.Charts;

/// <summary>
/// Writes a chart object (a trace, a layout, an axis: DynamicObj underneath) as Json.NET would, one
/// property after another in the order the object lists them, but without Json.NET's way of reading
/// a dynamic object: that goes through the C# runtime binder (Microsoft.CSharp, expression trees,
/// first-chance exceptions), which cost ~250 ms in every process that drew a chart. Values are
/// still written by Json.NET itself, so numbers, strings and nesting come out byte for byte the same.
/// </summary>
internal sealed class DynamicObjJsonConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => typeof(DynamicObj.DynamicObj).IsAssignableFrom(objectType);

    public override bool CanRead => false;

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        writer.WriteStartObject();
        // The same names and values as DynamicObj gives Json.NET (GetDynamicMemberNames, TryGetMember).
        foreach (var property in ((DynamicObj.DynamicObj)value!).GetProperties(true))
        {
            writer.WritePropertyName(property.Key);
            serializer.Serialize(writer, property.Value);
        }
        writer.WriteEndObject();
    }

    public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Chart JSON is only written.");
}
