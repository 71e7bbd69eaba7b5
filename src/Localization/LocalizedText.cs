namespace Site.Localization;

/// <summary>
/// Text written once per language (<c>{ en: Country, fr: Pays }</c>) or once for the default
/// language (a plain string). A French edition adds <c>fr:</c> beside <c>en:</c>; nothing is rewritten.
/// </summary>
public sealed class LocalizedText
{
    private readonly SortedDictionary<string, string> _byLanguage;

    public LocalizedText(IDictionary<string, string> byLanguage) =>
        _byLanguage = new SortedDictionary<string, string>(byLanguage, StringComparer.Ordinal);

    public static LocalizedText Plain(string language, string text) => new(new Dictionary<string, string> { [language] = text });

    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    /// <summary>
    /// The text in <paramref name="language"/>, else in <paramref name="fallback"/>, else a plain string's
    /// one text: "Canada" written once reads the same on a French page (names, units such as PFLOP/s).
    /// </summary>
    public string Get(string language, string fallback) =>
        _byLanguage.TryGetValue(language, out var text) ? text
        : _byLanguage.TryGetValue(fallback, out var other) ? other
        : _byLanguage.Count == 1 ? _byLanguage.Values.First()
        : string.Empty;

}
