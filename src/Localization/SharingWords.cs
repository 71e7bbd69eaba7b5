namespace Site.Localization;

/// <summary>
/// Words the sharing features write themselves (provenance lines on data pages, card alt text), per
/// language, from its language file (theme/languages/&lt;lang&gt;.yml: <c>generated:</c>, <c>typography:</c>;
/// French quotes with guillemets and a narrow no-break space inside, a no-break space before the colon).
/// Theme wording (the "Cite" heading, the download labels) is in theme/i18n/.
/// </summary>
public sealed record SharingWords(string Language, string OpenQuote, string CloseQuote, string Updated, string Checksum, string FileWord, string CardAlt, string Colon, string Metadata, string CiteTable)
{
    public static SharingWords For(string language)
    {
        var rules = LanguageBook.Current.Get(language);
        var words = rules.Sharing;
        return new(rules.Code, rules.OpenQuote, rules.CloseQuote, words.Updated, words.Checksum, words.FileWord, words.CardAlt, rules.Generated.Colon, words.Metadata, words.CiteTable);
    }

    public string Quote(string text) => OpenQuote + text + CloseQuote;
}
