using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Scriban;
using Scriban.Runtime;
using Site.Markdown;

namespace Site.Templates;

/// <summary>
/// <c>object.to_json</c> as templates get it. Scriban's hands every scalar, and every object that is
/// <c>IFormattable</c> (a <c>ScriptObject</c> is), to <c>JsonSerializer</c>'s reflection: the Native AOT
/// build, which has none, failed on any value ("reflection-based serialization has been disabled"),
/// where <c>dotnet run</c> wrote it. This writes the same JSON with <c>Utf8JsonWriter</c> alone: an object's
/// members in order, a list's items, scalars as System.Text.Json writes them
/// (tests/Templates/TemplateJsonTests.cs checks it against Scriban's own in the JIT build). A page's
/// content is written as its text (<see cref="Utf8Html"/>).
/// </summary>
public static class TemplateJson
{
    private const string TooDeep = "Structure is too deeply nested or contains reference loops.";

    public static string Write(TemplateContext context, object? value)
    {
        if (value is IScriptCustomFunction) throw new ArgumentOutOfRangeException(nameof(value), "Can not serialize functions to JSON.");
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteValue(context, writer, value, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(TemplateContext context, Utf8JsonWriter writer, object? value, int depth, HashSet<object> path)
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            throw new InvalidOperationException(TooDeep);
        }
        if (context.ObjectRecursionLimit != 0 && depth + 1 > context.ObjectRecursionLimit) throw new InvalidOperationException(TooDeep);
        if (WriteScalar(writer, value)) return;
        var container = value!; // null is a scalar
        // A container met again inside itself is a loop.
        if (!path.Add(container)) throw new InvalidOperationException(TooDeep);
        try
        {
            switch (container)
            {
                case IDictionary<string, object?> members: // ScriptObject, TrackedObject, FrozenObject
                    writer.WriteStartObject();
                    foreach (var (name, member) in members)
                    {
                        writer.WritePropertyName(name);
                        WriteValue(context, writer, member, depth + 1, path);
                    }
                    writer.WriteEndObject();
                    break;
                case IEnumerable items and (IList or Array): // ScriptArray, lists
                    writer.WriteStartArray();
                    foreach (var item in items) WriteValue(context, writer, item, depth + 1, path);
                    writer.WriteEndArray();
                    break;
                default: // any other object, by the members templates can read of it
                    writer.WriteStartObject();
                    var accessor = context.GetMemberAccessor(container);
                    foreach (var name in accessor.GetMembers(context, context.CurrentSpan, container))
                    {
                        if (!accessor.TryGetValue(context, context.CurrentSpan, container, name, out var member)) continue;
                        writer.WritePropertyName(name);
                        WriteValue(context, writer, member, depth + 1, path);
                    }
                    writer.WriteEndObject();
                    break;
            }
        }
        finally
        {
            path.Remove(container);
        }
    }

    /// <summary>Writes a value that is not a container, as System.Text.Json writes it; false for a container.</summary>
    private static bool WriteScalar(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case Utf8Html html: writer.WriteStringValue(html.ToString()); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case char character: writer.WriteStringValue(character.ToString()); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case short number: writer.WriteNumberValue(number); break;
            case byte number: writer.WriteNumberValue(number); break;
            case sbyte number: writer.WriteNumberValue(number); break;
            case ushort number: writer.WriteNumberValue(number); break;
            case uint number: writer.WriteNumberValue(number); break;
            case ulong number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case float number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case DateTime time: writer.WriteStringValue(time); break;
            case DateTimeOffset time: writer.WriteStringValue(time); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly time: writer.WriteStringValue(time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case TimeSpan span: writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture)); break;
            case Guid id: writer.WriteStringValue(id); break;
            case Enum choice: writer.WriteNumberValue(Convert.ToInt64(choice, CultureInfo.InvariantCulture)); break;
            default: return false;
        }
        return true;
    }
}
