using System.Collections;
using System.Collections.Specialized;
using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Site.Templates;

/// <summary>
/// A small read-only template object with fixed members: a heading, a neighbour, a page's card or
/// citation, a language version. Its member names are its <see cref="Shape"/>'s, shared by every
/// object of that kind, and its values are one array. A Scriban <c>ScriptObject</c> keeps a
/// dictionary of its own: at 5,000 pages the dozen such objects of each page were megabytes of the
/// build's peak (docs/performance.md, "Memory at 5,000 pages: the twelfth session"). Templates see it as they saw the
/// read-only <c>ScriptObject</c> it replaces (tests/Templates/FrozenObjectTests.cs): its members,
/// printed as <c>{level: 2, id: "x"}</c>, <c>object.keys</c>, <c>object.size</c>, <c>object.has_key</c>,
/// loops over it; and changing it fails as changing any model does ("The object is readonly").
/// Its values are final (strings, numbers, booleans, null): it notes no reads, so it holds no tracked model.
/// </summary>
public sealed class FrozenObject : IScriptObject, IDictionary<string, object?>, IDictionary, IFormattable
{
    private const string ReadOnlyMessage = "The object is readonly";

    private readonly Shape _shape;
    private readonly object?[] _values;

    /// <param name="values">One value per member of <paramref name="shape"/>, in its order.</param>
    public FrozenObject(Shape shape, params object?[] values)
    {
        if (values.Length != shape.Names.Length)
            throw new ArgumentException($"{shape.Names.Length} values expected ({string.Join(", ", shape.Names)}), {values.Length} given");
        _shape = shape;
        _values = values;
    }

    /// <summary>The member names of one kind of object, in the order templates list and print them.</summary>
    public sealed class Shape(params string[] names)
    {
        public string[] Names { get; } = names;

        public int IndexOf(string member) => Array.IndexOf(Names, member);
    }

    public int Count => _values.Length;

    /// <summary>Always true; making it writable is refused.</summary>
    public bool IsReadOnly
    {
        get => true;
        set
        {
            if (!value) throw new InvalidOperationException(ReadOnlyMessage);
        }
    }

    // What Scriban asks of a template object.

    public IEnumerable<string> GetMembers() => Array.AsReadOnly(_shape.Names);

    public bool Contains(string member) => _shape.IndexOf(member) >= 0;

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) => TryGetValue(member, out value);

    /// <summary>As in a read-only <c>ScriptObject</c>, a member is not marked read-only by itself: the write fails in <see cref="TrySetValue"/>.</summary>
    public bool CanWrite(string member) => true;

    /// <summary>Fails as a write to a read-only <c>ScriptObject</c> does, which templates report as a located error.</summary>
    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => throw new InvalidOperationException(ReadOnlyMessage);

    public bool Remove(string member) => throw new InvalidOperationException(ReadOnlyMessage);

    public void SetReadOnly(string member, bool readOnly) => throw new InvalidOperationException(ReadOnlyMessage);

    /// <summary>A copy would be read-only too, as a <c>ScriptObject</c>'s is: the object itself serves.</summary>
    public IScriptObject Clone(bool deep) => this;

    // What object.has_key, object.size and loops ask of it: a read-only dictionary, as a ScriptObject is.

    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no member '{key}'");
        set => throw new InvalidOperationException(ReadOnlyMessage);
    }

    // Read-only views: the names are shared by every object of the shape.
    public ICollection<string> Keys => Array.AsReadOnly(_shape.Names);

    public ICollection<object?> Values => Array.AsReadOnly(_values);

    public bool ContainsKey(string key) => Contains(key);

    public bool TryGetValue(string key, out object? value)
    {
        var index = _shape.IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public bool Contains(KeyValuePair<string, object?> item) => TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        foreach (var member in this) array[arrayIndex++] = member;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++) yield return new(_shape.Names[i], _values[i]);
    }

    // The untyped dictionary too, as ScriptObject is one: object.typeof says "object" and a loop over it sees what it saw.

    /// <summary>What a loop over it enumerates, as over a ScriptObject: its members as key-value pairs.</summary>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    IDictionaryEnumerator IDictionary.GetEnumerator()
    {
        var entries = new ListDictionary();
        for (var i = 0; i < _values.Length; i++) entries.Add(_shape.Names[i], _values[i]);
        return entries.GetEnumerator();
    }

    object? IDictionary.this[object key]
    {
        get => key is string member && TryGetValue(member, out var value) ? value : null;
        set => throw new InvalidOperationException(ReadOnlyMessage);
    }

    ICollection IDictionary.Keys => Array.AsReadOnly(_shape.Names);

    ICollection IDictionary.Values => Array.AsReadOnly(_values);

    bool IDictionary.IsFixedSize => true;

    bool IDictionary.Contains(object key) => key is string member && Contains(member);

    void IDictionary.Add(object key, object? value) => throw new InvalidOperationException(ReadOnlyMessage);

    void IDictionary.Remove(object key) => throw new InvalidOperationException(ReadOnlyMessage);

    void ICollection.CopyTo(Array array, int index)
    {
        for (var i = 0; i < _values.Length; i++) array.SetValue(new DictionaryEntry(_shape.Names[i], _values[i]), index + i);
    }

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    public void Add(string key, object? value) => throw new InvalidOperationException(ReadOnlyMessage);

    public void Add(KeyValuePair<string, object?> item) => throw new InvalidOperationException(ReadOnlyMessage);

    public bool Remove(KeyValuePair<string, object?> item) => throw new InvalidOperationException(ReadOnlyMessage);

    public void Clear() => throw new InvalidOperationException(ReadOnlyMessage);

    /// <summary>
    /// As a <c>ScriptObject</c> prints: <c>{name: value, …}</c>. Inside a template (the provider is its
    /// context) each value as the template prints it (strings quoted and escaped); outside, as text.
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var context = formatProvider as TemplateContext;
        var text = new StringBuilder("{");
        for (var i = 0; i < _values.Length; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(_shape.Names[i]).Append(": ");
            var value = _values[i];
            if (context is not null) text.Append(context.ObjectToString(value, true));
            else if (value is IFormattable formattable) text.Append(formattable.ToString(null, formatProvider));
            else text.Append(value);
        }
        return text.Append('}').ToString();
    }

    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
}
