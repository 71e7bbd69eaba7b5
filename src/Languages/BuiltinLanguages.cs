using System.Reflection;
using System.Runtime.CompilerServices;
using Site.Diagnostics;
using Site.Localization;

namespace Site.Languages;

/// <summary>
/// The default theme's language files (theme/languages/*.yml), compiled into the tool as resources
/// (Site.csproj), are the rules of code that runs outside a build (unit tests, tools): read once, on
/// first use. A build uses the files of its own theme (<see cref="LanguageFiles"/>).
/// </summary>
internal static class BuiltinLanguages
{
    private const string Prefix = "languages/";

    [ModuleInitializer]
    internal static void Register() => LanguageBook.FallbackSource = Read;

    private static LanguageBook Read()
    {
        var assembly = typeof(BuiltinLanguages).Assembly;
        var files = new List<SourceFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true));
            files.Add(new SourceFile("theme/" + name, "theme/" + name, name, reader.ReadToEnd().Replace("\r\n", "\n")));
        }
        var diagnostics = new DiagnosticBag();
        var book = LanguageFiles.Load(files, [], diagnostics, underneath: null);
        // The repository's own files: a mistake in them fails every test at once, and the build of theme/ reports it located.
        if (diagnostics.HasErrors) throw new InvalidOperationException("the compiled-in language files have errors: " + string.Join("; ", diagnostics.Sorted().Select(d => d.ToString())));
        return book;
    }
}
