using Site.Diagnostics;
using Site.Localization;

namespace Site.Languages;

/// <summary>
/// The Load stage's part for languages: every theme/languages/&lt;code&gt;.yml read once into the
/// build's <see cref="LanguageBook"/>, laid over the tool's own default theme's files (compiled in:
/// English and French), file by file as the rest of the theme is; and every language site.yml
/// declares checked to have rules (LANG001, at the declaration). A file with errors (LANG002) gives no rules.
/// </summary>
public static class LanguageFiles
{
    /// <param name="declared">Each declared language with where site.yml names it.</param>
    /// <param name="underneath">The rules the theme's files are laid over: the tool's default theme's (<see cref="LanguageBook.Fallback"/>).</param>
    public static LanguageBook Load(IReadOnlyList<SourceFile> files, IReadOnlyList<(string Code, SourceLocation At)> declared, DiagnosticBag diagnostics, LanguageBook? underneath)
    {
        var byCode = new Dictionary<string, LanguageRules>(StringComparer.Ordinal);
        foreach (var code in underneath?.Codes ?? []) byCode[code] = underneath!.Find(code)!;
        var found = new HashSet<string>(byCode.Keys, StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(file.RelativePath);
            found.Add(code);
            // A file with errors replaces the one underneath all the same: the build fails, and says where.
            byCode.Remove(code);
            if (LanguageFileReader.Read(file, diagnostics) is { } rules) byCode[code] = rules;
        }
        foreach (var (code, at) in declared)
            if (!found.Contains(code))
                diagnostics.Report(at, Codes.LANG001,
                    $"the site declares the language '{code}' but the theme has no languages/{code}.yml (the generator itself knows {string.Join(" and ", underneath?.Codes ?? [])}): it cannot write its numbers, dates and chart summaries; " +
                    $"add theme/languages/{code}.yml (copy languages/en.yml and translate every value: docs/translating.md, \"Adding a language\")");
        var digest = string.Join("\n", files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).Select(f => f.RelativePath + "\n" + f.Text));
        return new LanguageBook(byCode, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(digest))));
    }
}
