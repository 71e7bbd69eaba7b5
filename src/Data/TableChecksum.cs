using System.Security.Cryptography;
using System.Text;

namespace Site.Data;

/// <summary>
/// Fingerprints of a table for its provenance. <see cref="OfFile"/> is the SHA-256 of the table file
/// it was built from, over its text as the build read it (UTF-8, line endings as \n: what
/// <c>sha256sum</c> gives for the file as Git checks it out with this repository's .gitattributes).
/// <see cref="OfValues"/> covers only the values (every cell as the CSV download writes it, in
/// every language), so a corrected note or label does not count as changed values.
/// Both hash the UTF-8 bytes as they are encoded, a few KB at a time: a 200,000-row table's text
/// and values, built as one string and one byte array per call, made tens of MB each time
/// (docs/performance.md, "Memory").
/// </summary>
public static class TableChecksum
{
    public static string OfFile(DataTable table)
    {
        using var hash = new Utf8Hash();
        hash.Append(table.Source.Text);
        return hash.Hex();
    }

    public static string OfValues(DataTable table, IEnumerable<string> languages)
    {
        using var hash = new Utf8Hash();
        foreach (var language in languages)
        foreach (var row in table.Rows)
        {
            foreach (var column in table.Columns)
                hash.Append(column.Id).Append('=').Append(DataExport.Field(ValueFormatter.MachineText(row.Cells[column.Id], column, language))).Append('\u001F');
            hash.Append('\u001E');
        }
        return hash.Hex();
    }

    /// <summary>SHA-256 of text appended piece by piece, over its UTF-8 bytes (a character split across pieces is encoded whole).</summary>
    private sealed class Utf8Hash : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
        private readonly char[] _chars = new char[4096];
        private readonly byte[] _bytes = new byte[Encoding.UTF8.GetMaxByteCount(4096)];
        private int _count;

        public Utf8Hash Append(char c)
        {
            if (_count == _chars.Length) Flush(final: false);
            _chars[_count++] = c;
            return this;
        }

        public Utf8Hash Append(string text)
        {
            var rest = text.AsSpan();
            while (rest.Length > 0)
            {
                if (_count == _chars.Length) Flush(final: false);
                var take = Math.Min(rest.Length, _chars.Length - _count);
                rest[..take].CopyTo(_chars.AsSpan(_count));
                _count += take;
                rest = rest[take..];
            }
            return this;
        }

        private void Flush(bool final)
        {
            var length = _encoder.GetBytes(_chars, 0, _count, _bytes, 0, flush: final);
            _hash.AppendData(_bytes, 0, length);
            _count = 0;
        }

        public string Hex()
        {
            Flush(final: true);
            return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        public void Dispose() => _hash.Dispose();
    }
}
