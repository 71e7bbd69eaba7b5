using System.Globalization;

namespace Site.Localization;

/// <summary>
/// Number spelling per language, written out here instead of taken from the OS culture data:
/// output must be byte-identical on every machine, and ICU versions disagree (fr-CA's group
/// separator has changed between releases).
/// </summary>
public sealed record NumberFormat(string Language, string GroupSeparator, string DecimalSeparator, string PercentSuffix)
{
    public static readonly NumberFormat English = new("en", ",", ".", "%");

    // French (Canada), as the OQLF writes it: a narrow no-break space (U+202F) between groups of three
    // digits, from four digits on ("5 000"), a decimal comma, and a no-break space (U+00A0) before "%".
    public static readonly NumberFormat French = new("fr", "\u202F", ",", "\u00A0%");

    /// <summary>Downloads (CSV): dot decimal, no grouping, so every spreadsheet reads the same number.</summary>
    public static readonly NumberFormat Machine = new("", "", ".", "%");

    public static NumberFormat For(string language) => language == "fr" ? French : English;

    /// <summary>Formats with exactly <paramref name="decimals"/> decimals, grouping thousands.</summary>
    public string Format(decimal value, int decimals)
    {
        var text = Math.Abs(value).ToString("F" + decimals, CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];

        var grouped = new System.Text.StringBuilder();
        if (GroupSeparator.Length > 0 && integer.Length >= 4)
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
        return value < 0 ? (this == Machine ? "-" : "−") + grouped : grouped.ToString();
    }
}
