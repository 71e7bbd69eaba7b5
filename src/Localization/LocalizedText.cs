using Site.Diagnostics;

namespace Site.Localization;

/// <summary>
/// Text written once per language (<c>{ en: Country, fr: Pays }</c>) or once for the default
/// language (a plain string). A French edition adds <c>fr:</c> beside <c>en:</c>; nothing is rewritten.
/// </summary>
public sealed class LocalizedText
{
    // A text in one language (every text cell of a table, most titles) is held as that language and
    // that text; a sorted dictionary, only for texts in several. A 200,000-row table has a text per row:
    // a dictionary each, and an empty one for InSentence, were about 60 MB of its build's heap.
    private readonly string? _onlyLanguage;
    private readonly string? _onlyText;
    private readonly SortedDictionary<string, string>? _byLanguage;

    private static readonly IReadOnlyDictionary<string, string> NoSentenceForms = new Dictionary<string, string>();

    /// <param name="defaultLanguage">The site's default language, which every localized text has (checked when it is read).</param>
    public LocalizedText(IDictionary<string, string> byLanguage, string? defaultLanguage = null)
    {
        if (byLanguage.Count == 1)
        {
            (_onlyLanguage, _onlyText) = byLanguage.Single();
            DefaultLanguage = defaultLanguage ?? _onlyLanguage;
            return;
        }
        _byLanguage = new SortedDictionary<string, string>(byLanguage, StringComparer.Ordinal);
        DefaultLanguage = defaultLanguage ?? _byLanguage.Keys.FirstOrDefault() ?? "";
    }

    private LocalizedText(string language, string text)
    {
        (_onlyLanguage, _onlyText) = (language, text);
        DefaultLanguage = language;
    }

    public static LocalizedText Plain(string language, string text) => new(language, text);

    /// <summary>The language the text falls back to when it lacks the one asked for: the site's default language.</summary>
    public string DefaultLanguage { get; }

    public IReadOnlyCollection<string> Languages => _byLanguage?.Keys ?? (IReadOnlyCollection<string>)[_onlyLanguage!];

    /// <summary>Where the text was written as a map of languages, and under which key: for the warning when a declared language is missing (I18N004).</summary>
    public SourceLocation? Location { get; init; }

    public string? What { get; init; }

    /// <summary>
    /// How the text reads inside a generated sentence, per language, as written under <c>in_sentence:</c>:
    /// a name with the article grammar needs (<c>{ fr: l’Arabie saoudite, en: the U.K. }</c>). Data, not
    /// rules: the generator cannot know that « Canada » takes « le » and « Cohere » none.
    /// </summary>
    public IReadOnlyDictionary<string, string> InSentence { get; init; } = NoSentenceForms;

    /// <summary>The in-sentence form in <paramref name="language"/>, or null when none was written.</summary>
    public string? SentenceForm(string language) => InSentence.TryGetValue(language, out var form) ? form : null;

    /// <summary>True when the text was written per language ({ en: …, fr: … }) rather than once.</summary>
    public bool IsPerLanguage => Location is not null;

    /// <summary>
    /// The text in <paramref name="language"/>, else in <paramref name="fallback"/> (the site's default
    /// language; a missing declared language is reported once, at build, as I18N004).
    /// </summary>
    public string Get(string language, string fallback) =>
        // A plain string's one text: "Canada" written once reads the same on a French page (names, units such as PFLOP/s).
        _byLanguage is null ? _onlyText!
        : _byLanguage.TryGetValue(language, out var text) ? text
        : _byLanguage.TryGetValue(fallback, out var other) ? other
        : _byLanguage.TryGetValue(DefaultLanguage, out var byDefault) ? byDefault
        : string.Empty;

}
