namespace Site.Localization;

/// <summary>
/// Everything the generator needs to write one language, read from its language file
/// (theme/languages/&lt;code&gt;.yml, by Site.Languages.LanguageFileReader): numbers, values, dates,
/// chart words and sentences, typography, and the forms of citations. No language is special in code:
/// English and French are two such files, and a third language is a third file.
/// </summary>
public sealed record LanguageRules
{
    /// <summary>The ISO 639-1 code, the file's name ("fr").</summary>
    public required string Code { get; init; }

    /// <summary>The language's name in itself ("Français"), for the language switcher when the theme gives none.</summary>
    public required string Name { get; init; }

    /// <summary>The language's name in English ("French"), for diagnostics, which are written in English.</summary>
    public required string EnglishName { get; init; }

    /// <summary>The CSL-JSON language of a citation ("fr-CA").</summary>
    public required string CitationLanguage { get; init; }

    /// <summary>BibTeX's langid ("french").</summary>
    public required string BibTeXLanguage { get; init; }

    public required NumberFormat Numbers { get; init; }
    public required ValueWords Values { get; init; }
    public required ChartWords Charts { get; init; }
    public required EmbedWords Embed { get; init; }
    public required GeneratedText Generated { get; init; }

    /// <summary>Between the cells of a search result: "; ", French "\u202F; ".</summary>
    public required string ListSeparator { get; init; }
    public required string OpenQuote { get; init; }
    public required string CloseQuote { get; init; }

    /// <summary>What "of" adds before a name said with its article ("de "), and the contractions that replace an article ("le " → "du ").</summary>
    public required string OfPrefix { get; init; }
    public required IReadOnlyList<(string Article, string Contracted)> OfContractions { get; init; }

    /// <summary>A ready citation: {author}, {title} (quoted), {site}, {date} (", " and the date, or nothing) and {url}.</summary>
    public required string CitationForm { get; init; }

    /// <summary>English style: the title's closing period goes inside the quotes, unless the title ends in its own mark.</summary>
    public required bool PeriodInsideQuotes { get; init; }

    /// <summary>Words of the sharing features (data pages' provenance lines, card alt text, the "Cite" link).</summary>
    public required SharingText Sharing { get; init; }
}

/// <summary>The sharing features' own words (Site.Sharing.SharingWords is made from them).</summary>
public sealed record SharingText(string Updated, string Checksum, string FileWord, string CardAlt, string Metadata, string CiteTable);
