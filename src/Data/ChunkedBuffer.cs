using System.Buffers;

namespace Site.Data;

/// <summary>
/// Where a download's bytes are written before they become one array: chunks of 64 KB (below the
/// large-object heap's 85,000 bytes), then one copy at the size the file turned out to be. A growing
/// single buffer (MemoryStream, ArrayBufferWriter) doubles and copies itself on the large-object heap:
/// for a 95 MB JSON download that was 180 MB of buffers thrown away, which the GC collects late (only
/// with a full collection), so they counted in the build's peak memory (docs/performance.md, "Memory").
/// </summary>
public sealed class ChunkedBuffer : IBufferWriter<byte>
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<(byte[] Bytes, int Used)> _done = [];
    private byte[] _current = new byte[ChunkSize];
    private int _used;

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsSpan(_used);
    }

    private void Reserve(int sizeHint)
    {
        if (_current.Length - _used >= Math.Max(sizeHint, 1)) return;
        _done.Add((_current, _used));
        _current = new byte[Math.Max(ChunkSize, sizeHint)];
        _used = 0;
    }

    /// <summary>Appends text as UTF-8.</summary>
    public void Write(string text)
    {
        var span = GetSpan(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        Advance(System.Text.Encoding.UTF8.GetBytes(text, span));
    }

    /// <summary>Every byte written.</summary>
    public byte[] ToArray() => ToArray(null);

    /// <summary>Every byte written, then <paramref name="last"/>: a file's final newline.</summary>
    public byte[] ToArray(byte last) => ToArray((byte?)last);

    private byte[] ToArray(byte? last)
    {
        var length = _used + (last is null ? 0 : 1);
        foreach (var (_, used) in _done) length += used;
        var bytes = new byte[length];
        var at = 0;
        foreach (var (chunk, used) in _done)
        {
            chunk.AsSpan(0, used).CopyTo(bytes.AsSpan(at));
            at += used;
        }
        _current.AsSpan(0, _used).CopyTo(bytes.AsSpan(at));
        if (last is { } final) bytes[^1] = final;
        return bytes;
    }
}
