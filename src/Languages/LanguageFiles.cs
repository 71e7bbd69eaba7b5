using Site.Diagnostics;
using Site.Localization;

namespace Site.Languages;

/// <summary>
/// The Load stage's part for languages: every theme/languages/&lt;code&gt;.yml read once into the
/// build's <see cref="LanguageBook"/>, and every language site.yml declares checked to have one
/// (LANG001, at the declaration). A file with errors (LANG002) gives no rules.
/// </summary>
public static class LanguageFiles
{
    public const string Folder = "languages/";

    /// <param name="declared">Each declared language with where site.yml names it.</param>
    public static LanguageBook Load(IReadOnlyList<SourceFile> files, IReadOnlyList<(string Code, SourceLocation At)> declared, DiagnosticBag diagnostics)
    {
        var byCode = new Dictionary<string, LanguageRules>(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(file.RelativePath);
            found.Add(code);
            if (LanguageFileReader.Read(file, diagnostics) is { } rules) byCode[code] = rules;
        }
        foreach (var (code, at) in declared)
            if (!found.Contains(code))
                diagnostics.Error(at, "LANG001",
                    $"the site declares the language '{code}' but the theme has no languages/{code}.yml: the generator cannot write its numbers, dates and chart summaries; " +
                    $"add theme/languages/{code}.yml (copy languages/en.yml and translate every value: docs/translating.md, \"Adding a language\")");
        var digest = string.Join("\n", files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).Select(f => f.RelativePath + "\n" + f.Text));
        return new LanguageBook(byCode, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(digest))));
    }
}
