using Site.Diagnostics;
using Site.Localization;
using Site.Yaml;

namespace Site.Templates;

/// <summary>Reads the theme's i18n/&lt;lang&gt;.yml files into its <see cref="UiStrings"/> (YAML is read here, beside the theme's templates, so that the words themselves depend on nothing).</summary>
public static class UiStringsFiles
{
    public static UiStrings Load(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var language = Path.GetFileNameWithoutExtension(file.RelativePath);
            var root = YamlReader.Parse(new YamlReader.Fragment(file, file.Text), Codes.I18N001, diagnostics, out var failed);
            if (failed) continue;
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root is YMap map)
            {
                foreach (var (key, value) in map.Entries)
                {
                    if (value is YScalar text) strings[key.Value] = text.Value;
                    else diagnostics.Report(value.Location, Codes.I18N001, $"'{key.Value}' must be text, not {value.Describe()}");
                }
            }
            else if (root is not null) diagnostics.Report(root.Location, Codes.I18N001, "a UI strings file must be a mapping of keys to text");
            byLanguage[language] = strings;
        }
        return new UiStrings(byLanguage);
    }
}
