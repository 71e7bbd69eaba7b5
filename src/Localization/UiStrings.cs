using Site.Diagnostics;

namespace Site.Localization;

/// <summary>theme/i18n/&lt;lang&gt;.yml: the theme's own words ("Skip to content", "On this page"), per language.</summary>
public sealed class UiStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
{
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage => byLanguage;

    /// <summary>
    /// Every declared language's file must have the keys of every other: a key missing in one is a
    /// warning at the top of the file that lacks it (I18N003), and pages of that language show the
    /// default language's text. A declared language without a file is one warning at the default language's file.
    /// </summary>
    public static void CheckComplete(IReadOnlyList<SourceFile> files, UiStrings strings, IReadOnlyList<string> languages, string defaultLanguage, DiagnosticBag diagnostics)
    {
        if (languages.Count < 2) return;
        var fileOf = files.GroupBy(f => Path.GetFileNameWithoutExtension(f.RelativePath)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var present = languages.Where(l => strings.ByLanguage.ContainsKey(l) && fileOf.ContainsKey(l)).ToList();
        foreach (var language in languages.Where(l => !fileOf.ContainsKey(l)))
        {
            if (fileOf.TryGetValue(defaultLanguage, out var defaultFile))
                diagnostics.Report(defaultFile.At(1, 1), Codes.I18N003,
                    $"the site declares the language '{language}' but the theme has no i18n/{language}.yml: its pages show the theme's words in '{defaultLanguage}'");
        }
        foreach (var language in present)
        {
            var file = fileOf[language];
            var missing = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var other in present.Where(o => o != language))
                foreach (var key in strings.ByLanguage[other].Keys.Where(k => !strings.ByLanguage[language].ContainsKey(k)))
                    missing.TryAdd(key, other);
            foreach (var (key, other) in missing)
                diagnostics.Report(file.At(1, 1), Codes.I18N003,
                    $"no UI string '{key}' in {file.DisplayPath} (i18n/{other}.yml has it)" + (language == defaultLanguage ? "" : $": pages in '{language}' show the '{defaultLanguage}' text"));
        }
    }

    public string? Get(string language, string key) =>
        byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text) ? text : null;
}
