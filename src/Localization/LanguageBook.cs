namespace Site.Localization;

/// <summary>
/// The language rules of one build, by code: every theme/languages/&lt;code&gt;.yml it read, loaded once
/// (Site.Languages.LanguageFiles). The build makes its book current for everything it runs
/// (<see cref="Use"/>, flowing into its parallel work), so the formatters that take a language code
/// (ValueFormatter, ChartSummary, …) find that language's rules without each call carrying them.
/// Outside a build (unit tests, tools) the book is the tool's own default theme's files, compiled in
/// (<see cref="Fallback"/>).
/// </summary>
public sealed class LanguageBook
{
    private static readonly AsyncLocal<LanguageBook?> Ambient = new();

    private readonly IReadOnlyDictionary<string, LanguageRules> _byCode;

    public LanguageBook(IReadOnlyDictionary<string, LanguageRules> byCode, string digest)
    {
        _byCode = byCode;
        Digest = digest;
    }

    /// <summary>A digest of the files the rules were read from: what a cached render depends on.</summary>
    public string Digest { get; }

    public IEnumerable<string> Codes => _byCode.Keys.Order(StringComparer.Ordinal);

    private static Lazy<LanguageBook>? _fallback;

    /// <summary>Reads the default theme's language files compiled into the tool; registered when the assembly loads (Site.Languages.BuiltinLanguages), read on first use.</summary>
    internal static Func<LanguageBook> FallbackSource { set => _fallback = new Lazy<LanguageBook>(value); }

    /// <summary>The default theme's language files as compiled into the tool.</summary>
    public static LanguageBook Fallback => _fallback?.Value ?? Empty;

    private static readonly LanguageBook Empty = new(new Dictionary<string, LanguageRules>(), "");

    /// <summary>The running build's book, else <see cref="Fallback"/>.</summary>
    public static LanguageBook Current => Ambient.Value ?? Fallback;

    /// <summary>Makes <paramref name="book"/> current for this flow of work until the returned scope is disposed.</summary>
    public static IDisposable Use(LanguageBook book)
    {
        var previous = Ambient.Value;
        Ambient.Value = book;
        return new Scope(() => Ambient.Value = previous);
    }

    public LanguageRules? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// The rules of <paramref name="code"/>. A language without a file was reported (LANG001) and the
    /// build fails; until it ends, its pages are written with English rules so every other problem is still found.
    /// </summary>
    public LanguageRules Get(string code) =>
        Find(code) ?? Find("en") ?? (ReferenceEquals(this, Fallback) ? null : Fallback.Find(code) ?? Fallback.Find("en"))
        ?? throw new InvalidOperationException($"no language rules for '{code}' and no English ones: the tool was built without theme/languages/");

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
