namespace Site.Localization;

/// <summary>
/// Words the generator itself writes into pages (table source lines, dates), as the language file
/// gives them (theme/languages/&lt;lang&gt;.yml: <c>generated:</c>, <c>dates:</c>, <c>typography:</c>).
/// Theme wording lives in theme/i18n/; these belong to the markup the generator owns.
/// </summary>
public sealed record GeneratedText(string Language, string Source, string Sources, string Note, string Download, string FullTable, IReadOnlyList<string> Months)
{
    public static GeneratedText For(string language) => LanguageBook.Current.Get(language).Generated;

    /// <summary>A colon between a label and what it introduces: French puts a no-break space before it (OQLF).</summary>
    public required string Colon { get; init; }

    /// <summary>"{month} {year}".</summary>
    public required string MonthYear { get; init; }

    /// <summary>"{month} {day}, {year}"; French "{day} {month} {year}".</summary>
    public required string DayMonthYear { get; init; }

    /// <summary>How the first day of a month is written: "1", French "1er".</summary>
    public required string FirstDay { get; init; }

    /// <summary>"2026-06" → "June 2026"; "2026-06-15" → "June 15, 2026" (fr: "15 juin 2026", "1er juin 2026").</summary>
    public string Date(string isoDate)
    {
        var parts = isoDate.Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return isoDate;
        var name = Months[month - 1];
        if (parts.Length == 2) return Pattern.Fill(MonthYear, ("month", name), ("year", parts[0]));
        if (!int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31) return isoDate;
        var dayText = day == 1 ? FirstDay : day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Pattern.Fill(DayMonthYear, ("month", name), ("day", dayText), ("year", parts[0]));
    }
}
