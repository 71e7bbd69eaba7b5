using Site.Diagnostics;
using Site.Yaml;

namespace Site.Languages;

/// <summary>
/// One mapping of a language file, read key by key: a missing key, a value of the wrong kind, a form
/// with a place its key does not offer, and an unknown key are each one located error (LANG002), and
/// reading goes on so one build lists every problem of the file.
/// </summary>
internal sealed class RulesMap
{
    public static readonly DiagnosticCode Code = Codes.LANG002;

    private readonly YMap _map;
    private readonly string _path;
    private readonly SourceLocation _missingAt;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public RulesMap(YMap map, string path, SourceLocation missingAt, DiagnosticBag diagnostics)
    {
        _map = map;
        _path = path;
        _missingAt = missingAt;
        _diagnostics = diagnostics;
    }

    public string Name(string key) => _path.Length == 0 ? key : _path + "." + key;

    private YNode? Node(string key)
    {
        _read.Add(key);
        var node = _map.Get(key);
        if (node is null) _diagnostics.Report(_missingAt, Code, $"missing key '{Name(key)}': a language file gives every rule (docs/translating.md, \"Adding a language\", lists them)");
        return node;
    }

    /// <summary>Whether an optional key is there (it counts as known either way).</summary>
    public bool Has(string key)
    {
        _read.Add(key);
        return _map.Get(key) is not null;
    }

    /// <summary>Text; with <paramref name="places"/>, a form whose {places} must be among them.</summary>
    public string Text(string key, params string[] places)
    {
        var node = Node(key);
        if (node is null) return "";
        if (node is not YScalar scalar)
        {
            _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must be text, not {node.Describe()}");
            return "";
        }
        var text = scalar.IsNull ? "" : scalar.Value;
        foreach (var place in Localization.Pattern.Places(text).Distinct(StringComparer.Ordinal))
            if (Array.IndexOf(places, place) < 0)
                _diagnostics.Report(node.Location, Code, $"'{Name(key)}' has the place {{{place}}}, which it cannot fill" +
                    (places.Length == 0 ? "; it takes none" : $"; its places are {string.Join(", ", places.Select(p => "{" + p + "}"))}"));
        return text;
    }

    /// <summary>A sentence in string.Format's form, with places {0} to {count − 1}.</summary>
    public string Sentence(string key, int count)
    {
        var node = Node(key);
        if (node is null) return "";
        if (node is not YScalar { IsNull: false } scalar)
        {
            _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must be a sentence, not {node.Describe()}");
            return "";
        }
        try
        {
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, scalar.Value, Enumerable.Repeat((object)"", count).ToArray());
            return scalar.Value;
        }
        catch (FormatException)
        {
            _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must use only the place{(count == 1 ? " {0}" : $"s {{0}} to {{{count - 1}}}")} (write a brace itself as {{{{ or }}}})");
            return "";
        }
    }

    public bool Bool(string key)
    {
        var node = Node(key);
        if (node is null) return false;
        if (node is YScalar { IsPlain: true, Value: "true" }) return true;
        if (node is YScalar { IsPlain: true, Value: "false" }) return false;
        _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must be true or false, not {node.Describe()}");
        return false;
    }

    public int Int(string key, int min, int max)
    {
        var node = Node(key);
        if (node is null) return min;
        if (node is YScalar scalar && int.TryParse(scalar.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must be a whole number from {min} to {max}, not {node.Describe()}");
        return min;
    }

    /// <summary>One of <paramref name="choices"/>.</summary>
    public string Choice(string key, params string[] choices)
    {
        var node = Node(key);
        if (node is null) return choices[0];
        if (node is YScalar scalar && Array.IndexOf(choices, scalar.Value) >= 0) return scalar.Value;
        _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must be one of {string.Join(", ", choices)}, not {node.Describe()}");
        return choices[0];
    }

    public RulesMap? Map(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YMap map) return new RulesMap(map, Name(key), map.Location, _diagnostics);
        _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must be a mapping, not {node.Describe()}");
        return null;
    }

    /// <summary>A mapping whose keys are the translator's (currencies, ordinal endings): each entry as it is.</summary>
    public IReadOnlyList<(YScalar Key, YNode Value)> Entries(string key)
    {
        var node = Node(key);
        if (node is null) return [];
        if (node is YMap map) return map.Entries.Select(e => (e.Key, e.Value)).ToList();
        _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must be a mapping, not {node.Describe()}");
        return [];
    }

    public IReadOnlyList<YNode> List(string key, int? count = null)
    {
        var node = Node(key);
        if (node is null) return [];
        if (node is YSequence sequence && (count is null || sequence.Items.Count == count)) return sequence.Items;
        _diagnostics.Report(node.Location, Code, $"'{Name(key)}' must be a list{(count is null ? "" : $" of {count}")}, not {(node is YSequence s ? $"a list of {s.Items.Count}" : node.Describe())}");
        return [];
    }

    /// <summary>Text that stands alone in a list or a translator's mapping.</summary>
    public string Item(YNode node, string what)
    {
        if (node is YScalar { IsNull: false } scalar) return scalar.Value;
        _diagnostics.Report(node.Location, Code, $"'{Name(what)}' must be text, not {node.Describe()}");
        return "";
    }

    public RulesMap? ItemMap(YNode node, string what)
    {
        if (node is YMap map) return new RulesMap(map, Name(what), map.Location, _diagnostics);
        _diagnostics.Report(node.Location, Code, $"'{Name(what)}' must be a mapping, not {node.Describe()}");
        return null;
    }

    /// <summary>Keys the reader never asked for: a misspelt key, with the nearest known one.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (key, _) in _map.Entries)
        {
            if (_read.Contains(key.Value)) continue;
            var suggestion = Suggest.Closest(key.Value, _read);
            _diagnostics.Report(key.Location, Code, $"unknown key '{Name(key.Value)}'" + (suggestion is null ? $"; known keys: {string.Join(", ", _read.Order(StringComparer.Ordinal))}" : $"; did you mean '{suggestion}'?"));
        }
    }
}
