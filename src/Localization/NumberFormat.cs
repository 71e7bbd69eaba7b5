using System.Globalization;

namespace Site.Localization;

/// <summary>
/// Number spelling per language, as its language file writes it (theme/languages/&lt;lang&gt;.yml,
/// <c>numbers:</c>), never taken from the OS culture data: output must be byte-identical on every
/// machine, and ICU versions disagree (fr-CA's group separator has changed between releases). Digits
/// are always written by <see cref="CultureInfo.InvariantCulture"/> and only then dressed.
/// </summary>
/// <param name="GroupFromDigits">The shortest integer part that is grouped: 4 writes "5,000"; 5 (Spanish, RAE) writes "5000" but "50 000".</param>
public sealed record NumberFormat(string Language, string GroupSeparator, string DecimalSeparator, string PercentSuffix, int GroupFromDigits = 4, string Minus = "−")
{
    /// <summary>Downloads (CSV): dot decimal, no grouping, ASCII minus, so every spreadsheet reads the same number.</summary>
    public static readonly NumberFormat Machine = new("", "", ".", "%", int.MaxValue, "-");

    public static NumberFormat For(string language) => LanguageBook.Current.Get(language).Numbers;

    /// <summary>Formats with exactly <paramref name="decimals"/> decimals, grouping thousands.</summary>
    public string Format(decimal value, int decimals)
    {
        var text = Math.Abs(value).ToString("F" + decimals, CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];

        var grouped = new System.Text.StringBuilder();
        if (GroupSeparator.Length > 0 && integer.Length >= Math.Max(4, GroupFromDigits))
        {
            var first = integer.Length % 3;
            if (first > 0) grouped.Append(integer, 0, first);
            for (var i = first; i < integer.Length; i += 3)
            {
                if (grouped.Length > 0) grouped.Append(GroupSeparator);
                grouped.Append(integer, i, 3);
            }
        }
        else grouped.Append(integer);

        if (fraction.Length > 0) grouped.Append(DecimalSeparator).Append(fraction);
        // Machine text keeps the ASCII minus a spreadsheet reads; people get the typographic one.
        return value < 0 ? Minus + grouped : grouped.ToString();
    }
}
