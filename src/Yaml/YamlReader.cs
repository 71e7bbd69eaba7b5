using Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Yaml;

/// <summary>
/// Parses YAML text into <see cref="YNode"/>s. The text may be a fragment of a larger file (front
/// matter, a fenced block): <c>lineOffset</c> and <c>columnOffset</c> map its positions back to the
/// file, so errors point at the user's line and column.
/// </summary>
public static class YamlReader
{
    public readonly record struct Fragment(SourceFile File, string Text, int LineOffset = 0, int ColumnOffset = 0);

    /// <summary>Returns the root node, null for an empty document, or null with an error.</summary>
    public static YNode? Parse(Fragment fragment, DiagnosticCode errorCode, DiagnosticBag diagnostics, out bool failed)
    {
        failed = false;
        var builder = new Builder(fragment, errorCode, diagnostics);
        try
        {
            var parser = new Parser(new StringReader(fragment.Text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = builder.ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var at = builder.Locate(parser.Current!.Start);
                diagnostics.Report(at, errorCode, "only one YAML document is allowed here; remove the extra '---'");
                failed = true;
                return null;
            }
            failed = builder.Failed;
            return root;
        }
        catch (YamlException exception) when (exception is not NestingTooDeep)
        {
            var mark = Clamp(fragment, exception.Start);
            var explained = YamlErrorText.Explain(fragment.Text, CleanMessage(exception.Message), mark.Line, mark.Column, builder.LastOpenedMark);
            diagnostics.Report(fragment.File.At(explained.Line + fragment.LineOffset, explained.Column + fragment.ColumnOffset), errorCode, explained.Message);
            failed = true;
            return null;
        }
        catch (NestingTooDeep exception)
        {
            diagnostics.Report(Locate(fragment, exception.Start), errorCode, $"lists and mappings are nested more than {MaxDepth} levels deep; a site's data never needs that");
            failed = true;
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some unclosed flow collections ("{ a: b"
            // followed by more lines); it gives no position, so point at the last collection opened.
            var at = builder.LastOpenedCollection ?? builder.LastLocation ?? fragment.File.At(1 + fragment.LineOffset, 1 + fragment.ColumnOffset);
            var lineText = at.Line - fragment.LineOffset - 1 is var index and >= 0 && index < fragment.Text.Split('\n').Length ? fragment.Text.Split('\n')[index] : "";
            if (builder.LastOpenedCollection is null && YamlErrorText.UnclosedBracket(lineText) is { } bracket)
                at = fragment.File.At(at.Line, bracket + fragment.ColumnOffset);
            diagnostics.Report(at, errorCode, "this '{' or '[' is not closed on its line: end it with '}' or ']' (a value in braces may not run on over several lines)");
            failed = true;
            return null;
        }
    }

    /// <summary>How deep lists and mappings may nest: far beyond any real table, far below a stack overflow.</summary>
    public const int MaxDepth = 64;

    private sealed class NestingTooDeep(Mark start) : YamlException(start, start, "nested too deep");

    internal static SourceLocation Locate(Fragment fragment, Mark mark)
    {
        var (line, column) = Clamp(fragment, mark);
        return fragment.File.At(line + fragment.LineOffset, column + fragment.ColumnOffset);
    }

    /// <summary>YamlDotNet's mark as a 1-based line and column inside the fragment's text.</summary>
    private static (int Line, int Column) Clamp(Fragment fragment, Mark mark)
    {
        var line = (int)Math.Max(1, mark.Line);
        var column = (int)Math.Max(1, mark.Column);
        // Inside the text the mark is right. Only at the end (once per error, never per node: that
        // made parsing quadratic) does YamlDotNet point past the last line: point at its end.
        if (mark.Index < fragment.Text.Length) return (line, column);
        var lines = fragment.Text.Split('\n');
        var lineCount = lines.Length > 1 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        if (line > lineCount && lineCount > 0)
        {
            line = lineCount;
            column = lines[lineCount - 1].Length + 1;
        }
        return (line, column);
    }

    /// <summary>YamlDotNet prefixes its messages with the position we already print.</summary>
    private static string CleanMessage(string message)
    {
        var text = message;
        while (text.StartsWith("(Line:", StringComparison.Ordinal))
        {
            var end = text.IndexOf("): ", StringComparison.Ordinal);
            if (end < 0) break;
            text = text[(end + 3)..];
        }
        text = text.Trim();
        if (text.Length > 0) text = char.ToLowerInvariant(text[0]) + text[1..];
        return text.TrimEnd('.');
    }

    private sealed class Builder(Fragment fragment, DiagnosticCode errorCode, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
        public bool Failed { get; private set; }

        /// <summary>Where the last node read starts: the best position when YamlDotNet gives none.</summary>
        public SourceLocation? LastLocation { get; private set; }

        /// <summary>Where the last '{' or '[' opened: what an unclosed-collection error points at.</summary>
        public SourceLocation? LastOpenedCollection => LastOpenedMark is { } mark ? fragment.File.At(mark.Line + fragment.LineOffset, mark.Column + fragment.ColumnOffset) : null;

        /// <summary>The innermost '{' or '[' still open, as a line and column in the fragment.</summary>
        public (int Line, int Column)? LastOpenedMark => _openFlows.Count > 0 ? _openFlows.Peek() : null;

        private readonly Stack<(int Line, int Column)> _openFlows = new();

        private int _depth;

        public SourceLocation Locate(Mark mark) => YamlReader.Locate(fragment, mark);

        public YNode ReadNode(IParser parser)
        {
            if (parser.Current is { } current) LastLocation = Locate(current.Start);
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var target)) return target;
                throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
            }
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                var node = new YScalar(Locate(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
                if (ForbiddenCharacters.IndexIn(scalar.Value) is var bad and >= 0) ReportForbidden(scalar, bad);
                Remember(scalar.Anchor, node);
                return node;
            }
            if (++_depth > MaxDepth) throw new NestingTooDeep(parser.Current!.Start);
            try
            {
                return ReadCollection(parser);
            }
            finally
            {
                _depth--;
            }
        }

        private YNode ReadCollection(IParser parser)
        {
            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                if (sequenceStart.Style == SequenceStyle.Flow) _openFlows.Push(Clamp(fragment, sequenceStart.Start));
                var items = new List<YNode>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser));
                if (sequenceStart.Style == SequenceStyle.Flow) _openFlows.Pop();
                var node = new YSequence(Locate(sequenceStart.Start), items);
                Remember(sequenceStart.Anchor, node);
                return node;
            }
            var mappingStart = parser.Consume<MappingStart>();
            if (mappingStart.Style == MappingStyle.Flow) _openFlows.Push(Clamp(fragment, mappingStart.Start));
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser);
                var value = ReadNode(parser);
                if (keyNode is not YScalar key)
                {
                    diagnostics.Report(keyNode.Location, errorCode, "a key must be plain text, not " + keyNode.Describe());
                    Failed = true;
                    continue;
                }
                if (!seen.Add(key.Value))
                {
                    diagnostics.Report(key.Location, errorCode, $"duplicate key '{key.Value}'");
                    Failed = true;
                    continue;
                }
                entries.Add(new(key, value));
            }
            if (mappingStart.Style == MappingStyle.Flow) _openFlows.Pop();
            var map = new YMap(Locate(mappingStart.Start), entries);
            Remember(mappingStart.Anchor, map);
            return map;
        }

        /// <summary>
        /// A character no published file may hold (see <see cref="ForbiddenCharacters"/>), located at
        /// the character or at the escape that wrote it. The file then counts as failed, so nothing that
        /// reads the value reports it again.
        /// </summary>
        private void ReportForbidden(Scalar scalar, int indexInValue)
        {
            var description = ForbiddenCharacters.Describe(scalar.Value[indexInValue]);
            var start = (int)Math.Min(scalar.Start.Index, fragment.Text.Length);
            var end = (int)Math.Clamp(scalar.End.Index, start, fragment.Text.Length);
            var (line, column) = Clamp(fragment, scalar.Start);
            var found = ForbiddenCharacters.Locate(fragment.Text.AsSpan(start, end - start), scalar.Style == ScalarStyle.DoubleQuoted);
            if (found is { } place)
            {
                // From the scalar's start to the character: count lines and columns in the text between.
                for (var i = start; i < start + place.Index; i++)
                {
                    if (fragment.Text[i] == '\n') { line++; column = 1; }
                    else column++;
                }
            }
            var written = found?.Escape is { } escape ? $"'{escape}' writes {description}" : $"this text holds {description}";
            diagnostics.Report(fragment.File.At(line + fragment.LineOffset, column + fragment.ColumnOffset), errorCode,
                written + ForbiddenCharacters.Consequence);
            Failed = true;
        }

        private void Remember(AnchorName anchor, YNode node)
        {
            if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
        }
    }
}
