using Site.Diagnostics;
using Site.Localization;

namespace Site.Yaml;

/// <summary>
/// Typed reading of one YAML mapping with located errors: a wrong type, a missing required key and
/// an unknown key (with a did-you-mean) each become one diagnostic; reading goes on, so one build
/// lists every problem of a file.
/// </summary>
public sealed class YamlFields
{
    private readonly YMap _map;
    private readonly DiagnosticCode _code;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _defaultLanguage;

    public YamlFields(YMap map, DiagnosticCode code, DiagnosticBag diagnostics, string defaultLanguage)
    {
        _map = map;
        _code = code;
        _diagnostics = diagnostics;
        _defaultLanguage = defaultLanguage;
    }

    public YMap Map => _map;

    /// <summary>Reports keys not in <paramref name="allowed"/>, suggesting the nearest allowed one.</summary>
    public void RejectUnknownKeys(string what, params string[] allowed)
    {
        foreach (var (key, _) in _map.Entries)
        {
            if (Array.IndexOf(allowed, key.Value) >= 0) continue;
            var suggestion = Suggest.Closest(key.Value, allowed);
            _diagnostics.Report(key.Location, _code,
                $"unknown key '{key.Value}' in {what}" + (suggestion is null ? $"; known keys: {string.Join(", ", allowed)}" : $"; did you mean '{suggestion}'?"));
        }
    }

    public YNode? Node(string key) => _map.Get(key);

    public string? String(string key, bool required = false)
    {
        var node = _map.Get(key);
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YScalar scalar) return scalar.Value;
        Error(node, $"'{key}' must be text, not {node.Describe()}");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = _map.Get(key);
        if (node is null || node is YScalar { IsNull: true }) return null;
        // YAML 1.2's booleans, as the published JSON Schemas read them: yes/no/on/off are YAML 1.1 and text there.
        if (node is YScalar { IsPlain: true, Value: "true" or "True" or "TRUE" }) return true;
        if (node is YScalar { IsPlain: true, Value: "false" or "False" or "FALSE" }) return false;
        var hint = node is YScalar { Value: var word } && word.ToLowerInvariant() is "yes" or "no" or "on" or "off" or "y" or "n"
            ? $" (YAML 1.2 reads {node.Describe()} as text; write {(word.ToLowerInvariant() is "yes" or "on" or "y" ? "true" : "false")})"
            : "";
        Error(node, $"'{key}' must be true or false, not {node.Describe()}{hint}");
        return null;
    }

    public int? Int(string key)
    {
        var node = _map.Get(key);
        if (node is null || node is YScalar { IsNull: true }) return null;
        if (node is YScalar scalar && int.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)) return value;
        Error(node, $"'{key}' must be a whole number, not {node.Describe()}");
        return null;
    }

    public decimal? Decimal(string key)
    {
        var node = _map.Get(key);
        if (node is null || node is YScalar { IsNull: true }) return null;
        if (node is YScalar scalar && decimal.TryParse(scalar.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)) return value;
        Error(node, $"'{key}' must be a number, not {node.Describe()}");
        return null;
    }

    /// <summary>A date written YYYY-MM-DD (or YYYY-MM where <paramref name="allowMonth"/>).</summary>
    public string? Date(string key, bool allowMonth = false)
    {
        var node = _map.Get(key);
        if (node is null || node is YScalar { IsNull: true }) return null;
        if (node is YScalar scalar && IsDate(scalar.Value, allowMonth)) return scalar.Value;
        Error(node, $"'{key}' must be a date written YYYY-MM-DD{(allowMonth ? " or YYYY-MM" : "")}, not {node.Describe()}");
        return null;
    }

    public static bool IsDate(string text, bool allowMonth)
    {
        var formats = allowMonth ? new[] { "yyyy-MM-dd", "yyyy-MM" } : new[] { "yyyy-MM-dd" };
        return DateTime.TryParseExact(text, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
    }

    public LocalizedText? Localized(string key, bool required = false)
    {
        var node = _map.Get(key);
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required) Missing(key);
            return null;
        }
        return ReadLocalized(node, key, _code, _diagnostics, _defaultLanguage);
    }

    public static LocalizedText? ReadLocalized(YNode node, string what, DiagnosticCode code, DiagnosticBag diagnostics, string defaultLanguage)
    {
        if (node is YScalar scalar) return LocalizedText.Plain(defaultLanguage, scalar.Value);
        if (node is not YMap map)
        {
            diagnostics.Report(node.Location, code, $"'{what}' must be text or a mapping of languages ({{ {defaultLanguage}: ... }}), not {node.Describe()}");
            return null;
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var inSentence = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, value) in map.Entries)
        {
            if (language.Value == InSentenceKey) ReadInSentence(value, what, code, diagnostics, inSentence);
            else if (!IsLanguageCode(language.Value))
                diagnostics.Report(language.Location, code, $"'{language.Value}' is not a language code (use two letters, e.g. en, fr)");
            else if (value is not YScalar text)
                diagnostics.Report(value.Location, code, $"'{what}.{language.Value}' must be text, not {value.Describe()}");
            else texts[language.Value] = text.Value;
        }
        if (!texts.ContainsKey(defaultLanguage) && texts.Count > 0)
        {
            diagnostics.Report(map.Location, code, $"'{what}' has no text in the default language '{defaultLanguage}'");
            return null;
        }
        return texts.Count == 0 ? null : new LocalizedText(texts, defaultLanguage) { Location = map.Location, What = what, InSentence = inSentence };
    }

    /// <summary>The key of a localized text's in-sentence forms: <c>{ en: U.K., fr: Royaume-Uni, in_sentence: { en: the U.K., fr: le Royaume-Uni } }</c>.</summary>
    public const string InSentenceKey = "in_sentence";

    private static void ReadInSentence(YNode node, string what, DiagnosticCode code, DiagnosticBag diagnostics, Dictionary<string, string> forms)
    {
        if (node is not YMap map)
        {
            diagnostics.Report(node.Location, code, $"'{what}.{InSentenceKey}' must be a mapping of languages to the text as a sentence says it ({{ fr: l’Arabie saoudite }}), not {node.Describe()}");
            return;
        }
        foreach (var (language, value) in map.Entries)
        {
            if (!IsLanguageCode(language.Value))
                diagnostics.Report(language.Location, code, $"'{language.Value}' is not a language code (use two letters, e.g. en, fr)");
            else if (value is not YScalar { IsNull: false } text || text.Value.Trim().Length == 0)
                diagnostics.Report(value.Location, code, $"'{what}.{InSentenceKey}.{language.Value}' must be text, not {value.Describe()}");
            else forms[language.Value] = text.Value.Trim();
        }
    }

    private static bool IsLanguageCode(string text) => text.Length == 2 && char.IsAsciiLetterLower(text[0]) && char.IsAsciiLetterLower(text[1]);

    public IReadOnlyList<YNode>? List(string key, bool required = false)
    {
        var node = _map.Get(key);
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YSequence sequence) return sequence.Items;
        Error(node, $"'{key}' must be a list, not {node.Describe()}");
        return null;
    }

    private void Missing(string key) => _diagnostics.Report(_map.Location, _code, $"missing required key '{key}'");

    private void Error(YNode node, string message) => _diagnostics.Report(node.Location, _code, message);
}
