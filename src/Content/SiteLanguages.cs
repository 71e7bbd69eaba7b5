namespace Site.Content;

/// <summary>
/// The site's languages and where each one's pages live. The default language's pages are input/
/// itself and publish at /; every other declared language mirrors that tree in input/&lt;code&gt;/
/// (input/fr/pillars/compute.md is the twin of input/pillars/compute.md) and publishes at /&lt;code&gt;/.
/// A folder named like a language that site.yml does not declare is an ordinary folder.
/// </summary>
public sealed class SiteLanguages
{
    public SiteLanguages(string defaultLanguage, IReadOnlyList<string> declared)
    {
        Default = defaultLanguage;
        All = declared.Contains(defaultLanguage) ? declared.Distinct().ToList() : declared.Prepend(defaultLanguage).Distinct().ToList();
    }

    public static readonly SiteLanguages English = new("en", ["en"]);

    public string Default { get; }

    /// <summary>Every declared language, in site.yml's order.</summary>
    public IReadOnlyList<string> All { get; }

    public bool IsMultilingual => All.Count > 1;

    /// <summary>The other declared languages, in order (the switcher's targets).</summary>
    public IEnumerable<string> Others(string language) => All.Where(l => l != language);

    /// <summary>"" for the default language, "fr/" for French: where its tree starts in input/ (and in output/).</summary>
    public string Folder(string language) => language == Default ? "" : language + "/";

    /// <summary>The page's language and its path in that language's tree ("fr/pillars/compute.md" → fr, "pillars/compute.md").</summary>
    public (string Language, string TreePath) Of(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        if (slash > 0)
        {
            var first = relativePath[..slash];
            if (first != Default && All.Contains(first)) return (first, relativePath[(slash + 1)..]);
        }
        return (Default, relativePath);
    }

    /// <summary>A site URL of the default language's tree ("/pillars/compute/") in <paramref name="language"/>'s tree ("/fr/pillars/compute/").</summary>
    public string Url(string language, string defaultTreeUrl) =>
        language == Default ? defaultTreeUrl : "/" + language + defaultTreeUrl;

    /// <summary>
    /// The language's name in itself, as its language file gives it (theme/languages/&lt;code&gt;.yml, <c>name:</c>).
    /// The ISO 639-1 code is also the page's lang and hreflang value ("en", "fr"): one edition per language.
    /// </summary>
    public static string Name(string language) => Localization.LanguageBook.Current.Find(language)?.Name ?? language;
}
