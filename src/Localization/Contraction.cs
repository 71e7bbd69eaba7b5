namespace Site.Localization;

/// <summary>
/// "of" before a name as a sentence says it, by the language's rules: French contracts de + le into
/// du and de + les into des, and elides de before a vowel (« celui du Canada », « de l’Arabie saoudite »,
/// « d’Ottawa »). The names and their articles are data (in_sentence:); only these rules are code.
/// </summary>
public static class Contraction
{
    public static string Of(string name, string language)
    {
        if (language != "fr") return name;
        if (name.StartsWith("le ", StringComparison.Ordinal)) return "du " + name[3..];
        if (name.StartsWith("les ", StringComparison.Ordinal)) return "des " + name[4..];
        if (name.StartsWith("la ", StringComparison.Ordinal) || name.StartsWith("l’", StringComparison.Ordinal) || name.StartsWith("l'", StringComparison.Ordinal))
            return "de " + name;
        return ValueWords.French.Elide("de " + name);
    }

    /// <summary>A sentence starts with a capital, whatever the name it starts with ("the U.K." → "The U.K.", « l’Arabie » → « L’Arabie »).</summary>
    public static string Capitalize(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToUpperInvariant(sentence[0]) + sentence[1..];
}
