using System.Text;

namespace Site.Tests.Fuzzing;

/// <summary>
/// Seeded mutations of one input file, as an editor's slips and a damaged disk make them: byte flips,
/// truncations and inserted bytes, plus YAML-aware (indentation, keys, flow brackets, huge numbers)
/// and Markdown-aware (fences, template braces, links, headings) edits. Same seed, same mutation.
/// </summary>
public sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] YamlPieces =
        ["\t", ": ", "- ", "{", "}", "[", "]", "\"", "'", "&a ", "*a", "!!binary ", "? ", "|\n", ">\n", "~", "null",
         "99999999999999999999999999999999", "-1e400", "0x1F", "2026-13-45", "\u00A0", "key: value", "- { a: [ }"];

    private static readonly string[] MarkdownPieces =
        ["```", "```chart\n", "```table\ntable: nowhere\n```\n", "{{", "}}", "{{ figure \"x\" \"y\" \"z\" }}", "{{ for x in 1..1000000 }}",
         "[link](nowhere.md)", "[anchor](#nowhere)", "](", "# ", "<script>alert(1)</script>", "<div>", "[^1]", "\n---\n", "| a |\n|---|\n"];

    public string Describe { get; private set; } = "";

    public byte[] Mutate(string path, byte[] original)
    {
        var kind = _random.Next(6);
        switch (kind)
        {
            case 0: return FlipBytes(original);
            case 1: return Truncate(original);
            case 2: return InsertBytes(original);
            case 3: return EditLines(original);
            default:
                var pieces = path.EndsWith(".md", StringComparison.Ordinal) && kind == 5 ? MarkdownPieces : YamlPieces;
                return InsertPiece(original, pieces);
        }
    }

    private byte[] FlipBytes(byte[] bytes)
    {
        if (bytes.Length == 0) return [(byte)_random.Next(256)];
        var copy = (byte[])bytes.Clone();
        var flips = 1 + _random.Next(4);
        for (var i = 0; i < flips; i++) copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        Describe = $"{flips} bit flips";
        return copy;
    }

    private byte[] Truncate(byte[] bytes)
    {
        var length = bytes.Length == 0 ? 0 : _random.Next(bytes.Length);
        Describe = $"truncated to {length} bytes";
        return bytes[..length];
    }

    private byte[] InsertBytes(byte[] bytes)
    {
        var at = _random.Next(bytes.Length + 1);
        var inserted = new byte[1 + _random.Next(8)];
        _random.NextBytes(inserted);
        Describe = $"{inserted.Length} random bytes at {at}";
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    }

    private byte[] EditLines(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var line = _random.Next(lines.Count);
        switch (_random.Next(4))
        {
            case 0:
                lines.RemoveAt(line);
                Describe = $"line {line + 1} deleted";
                break;
            case 1:
                lines.Insert(line, lines[line]);
                Describe = $"line {line + 1} doubled";
                break;
            case 2:
                lines[line] = new string(' ', _random.Next(1, 9)) + lines[line];
                Describe = $"line {line + 1} indented";
                break;
            default:
                var other = _random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                Describe = $"lines {line + 1} and {other + 1} swapped";
                break;
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private byte[] InsertPiece(byte[] bytes, string[] pieces)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var piece = pieces[_random.Next(pieces.Length)];
        var at = _random.Next(text.Length + 1);
        Describe = $"{Escape(piece)} inserted at character {at}";
        return Encoding.UTF8.GetBytes(text[..at] + piece + text[at..]);
    }

    private static string Escape(string text) => text.Replace("\n", "\\n").Replace("\t", "\\t");
}
