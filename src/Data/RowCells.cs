using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Site.Data;

/// <summary>
/// A row's cells by column id, in column order: one array of values beside the table's one array of
/// ids. A dictionary per row cost about 330 bytes (its buckets and entries, grown twice while filled):
/// 65 MB for a 200,000-row table, where this is about 70 bytes a row (docs/performance.md, "Memory").
/// A table has a handful of columns, so a lookup compares ids in order instead of hashing.
/// </summary>
public sealed class RowCells(string[] ids, DataValue[] values) : IReadOnlyDictionary<string, DataValue>
{
    public DataValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no column '{key}' in this row");

    public IEnumerable<string> Keys => ids;

    public IEnumerable<DataValue> Values => values;

    public int Count => ids.Length;

    public bool ContainsKey(string key) => Array.IndexOf(ids, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out DataValue value)
    {
        var index = Array.IndexOf(ids, key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, DataValue>> GetEnumerator()
    {
        for (var i = 0; i < ids.Length; i++) yield return new(ids[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
