namespace Site.Localization;

/// <summary>
/// "of" before a name as a sentence says it, by the language file's <c>of_name:</c> rules: French
/// contracts de + le into du and de + les into des, and elides de before a vowel (« celui du Canada »,
/// « de l’Arabie saoudite », « d’Ottawa »); Spanish contracts de + el into del. The names and their
/// articles are data (in_sentence:), and so are these rules.
/// </summary>
public static class Contraction
{
    public static string Of(string name, string language)
    {
        var rules = LanguageBook.Current.Get(language);
        if (rules.OfPrefix.Length == 0 && rules.OfContractions.Count == 0) return name;
        foreach (var (article, contracted) in rules.OfContractions)
            if (name.StartsWith(article, StringComparison.Ordinal)) return contracted + name[article.Length..];
        return rules.Values.Elide(rules.OfPrefix + name);
    }

    /// <summary>A sentence starts with a capital, whatever the name it starts with ("the U.K." → "The U.K.", « l’Arabie » → « L’Arabie »).</summary>
    public static string Capitalize(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToUpperInvariant(sentence[0]) + sentence[1..];
}
