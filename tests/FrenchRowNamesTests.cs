using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests;

/// <summary>
/// `figure` and key figures on a French page name a row by its key or by its French name (the key
/// cell's `fr` text), and a wrong name's error lists the names a French page may use.
/// </summary>
public sealed class FrenchRowNamesTests
{
    private static BuildResult Build(string frenchBody)
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "title: { en: Site, fr: Site }\nlanguage: en\nlanguages: [en, fr]\n");
        site.Write("input/data/t.yml",
            "title: { en: T, fr: T }\nsource: { title: S }\ncolumns:\n  - { id: country, label: { en: Country, fr: Pays }, type: text, key: true }\n  - { id: v, label: { en: Value, fr: Valeur }, type: number }\n" +
            "rows:\n  - { country: { en: U.K., fr: Royaume-Uni }, v: 1100 }\n  - { country: { en: South Korea, fr: Corée du Sud }, v: 1500 }\n  - { country: Canada, v: 1800 }\n");
        site.Write("input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nThe U.K.: {{ figure \"t\" \"U.K.\" \"v\" }}.\n");
        site.Write("input/fr/index.md", "---\ntitle: Accueil\ndescription: Accueil.\n---\n" + frenchBody);
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        return SiteBuilder.Generate(new BuildOptions(site.Combine("input"), site.Combine("theme"), "unused", DisplayRoot: site.Path));
    }

    [Fact]
    public void A_french_page_names_a_row_by_its_french_name_or_its_key()
    {
        var result = Build("Royaume-Uni : {{ figure \"t\" \"Royaume-Uni\" \"v\" }} ; clé : {{ figure \"t\" \"U.K.\" \"v\" }} ; Canada : {{ figure \"t\" \"Canada\" \"v\" }}.\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "fr/index.html").Content!);
        // Both spellings quote the same row (data-row is its key), written as French writes numbers.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page, "data-row=\"U.K.\" data-column=\"v\">1\u202F100<").Count);
    }

    [Theory]
    [InlineData("Royaume Uni", "input/fr/index.md:5:10: error DATA002: no row 'Royaume Uni' in table 't'; did you mean 'Royaume-Uni'?")]
    [InlineData("Nulle part", "input/fr/index.md:5:10: error DATA002: no row 'Nulle part' in table 't' (a page in 'fr' names a row by its key or by its 'fr' name in column 'country': Royaume-Uni, Corée du Sud, Canada)")]
    public void A_wrong_name_on_a_french_page_says_which_names_a_french_page_may_use(string name, string expected)
    {
        var result = Build($"Texte {{{{ figure \"t\" \"{name}\" \"v\" }}}}.\n");
        Assert.Equal(expected, result.Diagnostics.Single(d => d.IsError).ToString());
    }
}
