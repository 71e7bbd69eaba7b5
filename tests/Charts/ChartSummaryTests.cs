using Site.Charts;
using Site.Data;
using Site.Diagnostics;
using Site.Yaml;
using Xunit;

namespace Site.Tests.Charts;

/// <summary>
/// The generated summary, sentence by sentence: every chart type, in English and French, for every
/// way a value is known (exact, approximate, at least, more than, under, a range). The expected
/// sentences are the forms docs/content-format.md lists ("Chart summaries").
/// </summary>
public sealed class ChartSummaryTests
{
    // Three countries, each column holding one kind of value; Canada is the highlighted one.
    private const string CountriesYaml = """
        title: { en: Countries, fr: Pays }
        source:
          - { title: "Canada's AI for All" }
        columns:
          - { id: country, label: { en: Country, fr: Pays }, type: text, key: true }
          - { id: exact, label: { en: Budget, fr: Budget }, type: money, currency: USD, scale: billion }
          - { id: approx, label: { en: Compute, fr: Calcul }, type: number, unit: PFLOP/s }
          - { id: at_least, label: { en: Clusters, fr: Grappes }, type: number }
          - { id: more_than, label: { en: Models, fr: Modèles }, type: number, unit: { en: models, fr: modèles } }
          - { id: under, label: { en: Share, fr: Part }, type: percent }
          - { id: range, label: { en: Power, fr: Puissance }, type: number, unit: MW }
        rows:
          - { country: { en: Canada, fr: Canada, in_sentence: { fr: le Canada } }, exact: 1.8, approx: "~150", at_least: 3, more_than: 20, under: "under 2%", range: "10-20" }
          - { country: { en: France, fr: France, in_sentence: { fr: la France } }, exact: 5.5, approx: "~400", at_least: "20+", more_than: "over 50", under: "3.5%", range: "100-300" }
          - { country: { en: U.K., fr: Royaume-Uni, in_sentence: { en: the U.K., fr: le Royaume-Uni } }, exact: 1.1, approx: "~300", at_least: 8, more_than: 10, under: "2.5%", range: "50-100" }
        """;

    // The same kinds of values over two years, and a one-row table whose columns are the categories.
    private const string YearsYaml = """
        title: { en: Years, fr: Années }
        source:
          - { title: "Canada's AI for All" }
        columns:
          - { id: year, label: { en: Year, fr: Année }, type: year, key: true }
          - { id: exact, label: { en: Budget, fr: Budget }, type: money, currency: USD, scale: billion }
          - { id: approx, label: { en: Compute, fr: Calcul }, type: number, unit: PFLOP/s }
          - { id: at_least, label: { en: Clusters, fr: Grappes }, type: number }
          - { id: more_than, label: { en: Models, fr: Modèles }, type: number, unit: { en: models, fr: modèles } }
          - { id: under, label: { en: Share, fr: Part }, type: percent }
          - { id: range, label: { en: Power, fr: Puissance }, type: number, unit: MW }
        rows:
          - { year: 2019, exact: 1.1, approx: "~150", at_least: 3, more_than: 20, under: "3.5%", range: "10-20" }
          - { year: 2025, exact: 1.8, approx: "~500", at_least: "20+", more_than: "over 50", under: "under 2%", range: "15-30" }
        """;

    public static readonly string[] Kinds = ["exact", "approx", "at_least", "more_than", "under", "range"];

    /// <summary>The block each chart type is tested with, for a column of one kind ({0}; {1} is a second series of another kind).</summary>
    public static readonly Dictionary<string, string> Blocks = new(StringComparer.Ordinal)
    {
        ["bar"] = "table: countries\ny: {0}\nhighlight: Canada\n",
        ["hbar"] = "table: countries\ntype: hbar\ny: {0}\n",
        ["bar-two"] = "table: countries\ny: {0}\nrows: [Canada, France]\n",
        ["bar-two-close"] = "table: countries\ny: {0}\nrows: [France, U.K.]\n",
        ["bar-years"] = "table: years\nx: year\ny: {0}\n",
        ["grouped-bar"] = "table: countries\ntype: grouped-bar\ny: [{0}, {1}]\n",
        ["stacked-bar"] = "table: countries\ntype: stacked-bar\ny: [{0}, {1}]\n",
        ["line"] = "table: years\ntype: line\nx: year\ny: {0}\n",
        ["scatter"] = "table: countries\ntype: scatter\nx: exact\ny: {0}\n",
        ["range"] = "table: countries\ntype: range\ny: {0}\nhighlight: U.K.\n",
    };

    internal static string Block(string type, string kind) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Blocks[type], kind, kind == "exact" ? "approx" : "exact");

    internal static string Summary(string block, string language, DiagnosticBag diagnostics)
    {
        var tables = new Dictionary<string, DataTable>(StringComparer.Ordinal);
        foreach (var (id, yaml) in new[] { ("countries", CountriesYaml), ("years", YearsYaml) })
            tables[id] = DataTableParser.Parse(new SourceFile($"/{id}.yml", $"{id}.yml", $"data/{id}.yml", yaml), "en", diagnostics)!;
        var file = new SourceFile("/page.md", "page.md", "page.md", block);
        var map = (YMap)YamlReader.Parse(new YamlReader.Fragment(file, block), Codes.CHART001, diagnostics, out _)!;
        var spec = ChartSpecParser.Parse(map, tables, language, diagnostics);
        if (spec is null) return "(no chart)";
        return ChartSummary.Write(spec, ChartData.From(spec, language), language, diagnostics);
    }

    [Theory]
        [InlineData("bar", "exact", "en", "France is highest (US$5.5 billion). Canada ranks 2nd of 3 (US$1.8 billion).")]
        [InlineData("bar", "exact", "fr", "La France arrive en tête (5,5\u00A0milliards de dollars US). Le Canada se classe 2e sur 3 (1,8\u00A0milliard de dollars US).")]
        [InlineData("bar", "approx", "en", "France is highest (about 400\u00A0PFLOP/s). Canada is lowest (about 150\u00A0PFLOP/s).")]
        [InlineData("bar", "approx", "fr", "La France arrive en tête (environ 400\u00A0PFLOP/s). Le Canada ferme la marche (environ 150\u00A0PFLOP/s).")]
        [InlineData("bar", "at_least", "en", "France is highest (at least 20). Canada is lowest (3).")]
        [InlineData("bar", "at_least", "fr", "La France arrive en tête (au moins 20). Le Canada ferme la marche (3).")]
        [InlineData("bar", "more_than", "en", "France is highest (more than 50\u00A0models). Canada ranks 2nd of 3 (20\u00A0models).")]
        [InlineData("bar", "more_than", "fr", "La France arrive en tête (plus de 50\u00A0modèles). Le Canada se classe 2e sur 3 (20\u00A0modèles).")]
        [InlineData("bar", "under", "en", "France is highest (3.5%). Canada is lowest (under 2%).")]
        [InlineData("bar", "under", "fr", "La France arrive en tête (3,5\u00A0%). Le Canada ferme la marche (moins de 2\u00A0%).")]
        [InlineData("bar", "range", "en", "France has the highest figure (100–300\u00A0MW), but it overlaps the figure for the U.K. (50–100\u00A0MW). Canada is lowest (10–20\u00A0MW).")]
        [InlineData("bar", "range", "fr", "La France affiche le chiffre le plus élevé (100 à 300\u00A0MW), qui chevauche toutefois celui du Royaume-Uni (50 à 100\u00A0MW). Le Canada ferme la marche (10 à 20\u00A0MW).")]
        [InlineData("hbar", "exact", "en", "France is highest (US$5.5 billion). The U.K. is lowest (US$1.1 billion).")]
        [InlineData("hbar", "exact", "fr", "La France arrive en tête (5,5\u00A0milliards de dollars US). Le Royaume-Uni ferme la marche (1,1\u00A0milliard de dollars US).")]
        [InlineData("hbar", "approx", "en", "France is highest (about 400\u00A0PFLOP/s). Canada is lowest (about 150\u00A0PFLOP/s).")]
        [InlineData("hbar", "approx", "fr", "La France arrive en tête (environ 400\u00A0PFLOP/s). Le Canada ferme la marche (environ 150\u00A0PFLOP/s).")]
        [InlineData("hbar", "at_least", "en", "France is highest (at least 20). Canada is lowest (3).")]
        [InlineData("hbar", "at_least", "fr", "La France arrive en tête (au moins 20). Le Canada ferme la marche (3).")]
        [InlineData("hbar", "more_than", "en", "France is highest (more than 50\u00A0models). The U.K. is lowest (10\u00A0models).")]
        [InlineData("hbar", "more_than", "fr", "La France arrive en tête (plus de 50\u00A0modèles). Le Royaume-Uni ferme la marche (10\u00A0modèles).")]
        [InlineData("hbar", "under", "en", "France is highest (3.5%). Canada is lowest (under 2%).")]
        [InlineData("hbar", "under", "fr", "La France arrive en tête (3,5\u00A0%). Le Canada ferme la marche (moins de 2\u00A0%).")]
        [InlineData("hbar", "range", "en", "France has the highest figure (100–300\u00A0MW), but it overlaps the figure for the U.K. (50–100\u00A0MW). Canada is lowest (10–20\u00A0MW).")]
        [InlineData("hbar", "range", "fr", "La France affiche le chiffre le plus élevé (100 à 300\u00A0MW), qui chevauche toutefois celui du Royaume-Uni (50 à 100\u00A0MW). Le Canada ferme la marche (10 à 20\u00A0MW).")]
        [InlineData("bar-two", "exact", "en", "France is higher than Canada (US$5.5 billion against US$1.8 billion).")]
        [InlineData("bar-two", "exact", "fr", "La France dépasse le Canada (5,5\u00A0milliards de dollars US contre 1,8\u00A0milliard de dollars US).")]
        [InlineData("bar-two", "approx", "en", "France is higher than Canada (about 400\u00A0PFLOP/s against about 150\u00A0PFLOP/s).")]
        [InlineData("bar-two", "approx", "fr", "La France dépasse le Canada (environ 400\u00A0PFLOP/s contre environ 150\u00A0PFLOP/s).")]
        [InlineData("bar-two", "at_least", "en", "France is higher than Canada (at least 20 against 3).")]
        [InlineData("bar-two", "at_least", "fr", "La France dépasse le Canada (au moins 20 contre 3).")]
        [InlineData("bar-two", "more_than", "en", "France is higher than Canada (more than 50\u00A0models against 20\u00A0models).")]
        [InlineData("bar-two", "more_than", "fr", "La France dépasse le Canada (plus de 50\u00A0modèles contre 20\u00A0modèles).")]
        [InlineData("bar-two", "under", "en", "France is higher than Canada (3.5% against under 2%).")]
        [InlineData("bar-two", "under", "fr", "La France dépasse le Canada (3,5\u00A0% contre moins de 2\u00A0%).")]
        [InlineData("bar-two", "range", "en", "France is higher than Canada (100–300\u00A0MW against 10–20\u00A0MW).")]
        [InlineData("bar-two", "range", "fr", "La France dépasse le Canada (100 à 300\u00A0MW contre 10 à 20\u00A0MW).")]
        [InlineData("bar-two-close", "exact", "en", "France is higher than the U.K. (US$5.5 billion against US$1.1 billion).")]
        [InlineData("bar-two-close", "exact", "fr", "La France dépasse le Royaume-Uni (5,5\u00A0milliards de dollars US contre 1,1\u00A0milliard de dollars US).")]
        [InlineData("bar-two-close", "approx", "en", "France is higher than the U.K. (about 400\u00A0PFLOP/s against about 300\u00A0PFLOP/s).")]
        [InlineData("bar-two-close", "approx", "fr", "La France dépasse le Royaume-Uni (environ 400\u00A0PFLOP/s contre environ 300\u00A0PFLOP/s).")]
        [InlineData("bar-two-close", "at_least", "en", "France is higher than the U.K. (at least 20 against 8).")]
        [InlineData("bar-two-close", "at_least", "fr", "La France dépasse le Royaume-Uni (au moins 20 contre 8).")]
        [InlineData("bar-two-close", "more_than", "en", "France is higher than the U.K. (more than 50\u00A0models against 10\u00A0models).")]
        [InlineData("bar-two-close", "more_than", "fr", "La France dépasse le Royaume-Uni (plus de 50\u00A0modèles contre 10\u00A0modèles).")]
        [InlineData("bar-two-close", "under", "en", "France is higher than the U.K. (3.5% against 2.5%).")]
        [InlineData("bar-two-close", "under", "fr", "La France dépasse le Royaume-Uni (3,5\u00A0% contre 2,5\u00A0%).")]
        [InlineData("bar-two-close", "range", "en", "The figures for France (100–300\u00A0MW) and the U.K. (50–100\u00A0MW) overlap.")]
        [InlineData("bar-two-close", "range", "fr", "Les chiffres de la France (100 à 300\u00A0MW) et du Royaume-Uni (50 à 100\u00A0MW) se chevauchent.")]
        [InlineData("bar-years", "exact", "en", "Up from US$1.1 billion in 2019 to US$1.8 billion in 2025.")]
        [InlineData("bar-years", "exact", "fr", "En hausse\u00A0: de 1,1\u00A0milliard de dollars US en 2019 à 1,8\u00A0milliard de dollars US en 2025.")]
        [InlineData("bar-years", "approx", "en", "Up from about 150\u00A0PFLOP/s in 2019 to about 500\u00A0PFLOP/s in 2025.")]
        [InlineData("bar-years", "approx", "fr", "En hausse\u00A0: d’environ 150\u00A0PFLOP/s en 2019 à environ 500\u00A0PFLOP/s en 2025.")]
        [InlineData("bar-years", "at_least", "en", "Up from 3 in 2019 to at least 20 in 2025.")]
        [InlineData("bar-years", "at_least", "fr", "En hausse\u00A0: de 3 en 2019 à au moins 20 en 2025.")]
        [InlineData("bar-years", "more_than", "en", "Up from 20\u00A0models in 2019 to more than 50\u00A0models in 2025.")]
        [InlineData("bar-years", "more_than", "fr", "En hausse\u00A0: de 20\u00A0modèles en 2019 à plus de 50\u00A0modèles en 2025.")]
        [InlineData("bar-years", "under", "en", "Down from 3.5% in 2019 to under 2% in 2025.")]
        [InlineData("bar-years", "under", "fr", "En baisse\u00A0: de 3,5\u00A0% en 2019 à moins de 2\u00A0% en 2025.")]
        [InlineData("bar-years", "range", "en", "10–20\u00A0MW in 2019, 15–30\u00A0MW in 2025.")]
        [InlineData("bar-years", "range", "fr", "10 à 20\u00A0MW en 2019, 15 à 30\u00A0MW en 2025.")]
        [InlineData("grouped-bar", "exact", "en", "Budget: France is highest (US$5.5 billion). Compute: France is highest (about 400\u00A0PFLOP/s).")]
        [InlineData("grouped-bar", "exact", "fr", "Budget\u00A0: la France arrive en tête (5,5\u00A0milliards de dollars US). Calcul\u00A0: la France arrive en tête (environ 400\u00A0PFLOP/s).")]
        [InlineData("grouped-bar", "approx", "en", "Compute: France is highest (about 400\u00A0PFLOP/s). Budget: France is highest (US$5.5 billion).")]
        [InlineData("grouped-bar", "approx", "fr", "Calcul\u00A0: la France arrive en tête (environ 400\u00A0PFLOP/s). Budget\u00A0: la France arrive en tête (5,5\u00A0milliards de dollars US).")]
        [InlineData("grouped-bar", "at_least", "en", "Clusters: France is highest (at least 20). Budget: France is highest (US$5.5 billion).")]
        [InlineData("grouped-bar", "at_least", "fr", "Grappes\u00A0: la France arrive en tête (au moins 20). Budget\u00A0: la France arrive en tête (5,5\u00A0milliards de dollars US).")]
        [InlineData("grouped-bar", "more_than", "en", "Models: France is highest (more than 50\u00A0models). Budget: France is highest (US$5.5 billion).")]
        [InlineData("grouped-bar", "more_than", "fr", "Modèles\u00A0: la France arrive en tête (plus de 50\u00A0modèles). Budget\u00A0: la France arrive en tête (5,5\u00A0milliards de dollars US).")]
        [InlineData("grouped-bar", "under", "en", "Share: France is highest (3.5%). Budget: France is highest (US$5.5 billion).")]
        [InlineData("grouped-bar", "under", "fr", "Part\u00A0: la France arrive en tête (3,5\u00A0%). Budget\u00A0: la France arrive en tête (5,5\u00A0milliards de dollars US).")]
        [InlineData("grouped-bar", "range", "en", "Power: France has the highest figure (100–300\u00A0MW), but it overlaps the figure for the U.K. (50–100\u00A0MW). Budget: France is highest (US$5.5 billion).")]
        [InlineData("grouped-bar", "range", "fr", "Puissance\u00A0: la France affiche le chiffre le plus élevé (100 à 300\u00A0MW), qui chevauche toutefois celui du Royaume-Uni (50 à 100\u00A0MW). Budget\u00A0: la France arrive en tête (5,5\u00A0milliards de dollars US).")]
        [InlineData("stacked-bar", "exact", "en", "Budget: France is highest (US$5.5 billion). Compute: France is highest (about 400\u00A0PFLOP/s).")]
        [InlineData("stacked-bar", "exact", "fr", "Budget\u00A0: la France arrive en tête (5,5\u00A0milliards de dollars US). Calcul\u00A0: la France arrive en tête (environ 400\u00A0PFLOP/s).")]
        [InlineData("stacked-bar", "approx", "en", "Compute: France is highest (about 400\u00A0PFLOP/s). Budget: France is highest (US$5.5 billion).")]
        [InlineData("stacked-bar", "approx", "fr", "Calcul\u00A0: la France arrive en tête (environ 400\u00A0PFLOP/s). Budget\u00A0: la France arrive en tête (5,5\u00A0milliards de dollars US).")]
        [InlineData("stacked-bar", "at_least", "en", "(no chart) page.md:2:7: error CHART008: ranges and bounds cannot be stacked honestly; use grouped-bar or range")]
        [InlineData("stacked-bar", "at_least", "fr", "(no chart) page.md:2:7: error CHART008: ranges and bounds cannot be stacked honestly; use grouped-bar or range")]
        [InlineData("stacked-bar", "more_than", "en", "(no chart) page.md:2:7: error CHART008: ranges and bounds cannot be stacked honestly; use grouped-bar or range")]
        [InlineData("stacked-bar", "more_than", "fr", "(no chart) page.md:2:7: error CHART008: ranges and bounds cannot be stacked honestly; use grouped-bar or range")]
        [InlineData("stacked-bar", "under", "en", "(no chart) page.md:2:7: error CHART008: ranges and bounds cannot be stacked honestly; use grouped-bar or range")]
        [InlineData("stacked-bar", "under", "fr", "(no chart) page.md:2:7: error CHART008: ranges and bounds cannot be stacked honestly; use grouped-bar or range")]
        [InlineData("stacked-bar", "range", "en", "(no chart) page.md:2:7: error CHART008: ranges and bounds cannot be stacked honestly; use grouped-bar or range")]
        [InlineData("stacked-bar", "range", "fr", "(no chart) page.md:2:7: error CHART008: ranges and bounds cannot be stacked honestly; use grouped-bar or range")]
        [InlineData("line", "exact", "en", "Up from US$1.1 billion in 2019 to US$1.8 billion in 2025.")]
        [InlineData("line", "exact", "fr", "En hausse\u00A0: de 1,1\u00A0milliard de dollars US en 2019 à 1,8\u00A0milliard de dollars US en 2025.")]
        [InlineData("line", "approx", "en", "Up from about 150\u00A0PFLOP/s in 2019 to about 500\u00A0PFLOP/s in 2025.")]
        [InlineData("line", "approx", "fr", "En hausse\u00A0: d’environ 150\u00A0PFLOP/s en 2019 à environ 500\u00A0PFLOP/s en 2025.")]
        [InlineData("line", "at_least", "en", "Up from 3 in 2019 to at least 20 in 2025.")]
        [InlineData("line", "at_least", "fr", "En hausse\u00A0: de 3 en 2019 à au moins 20 en 2025.")]
        [InlineData("line", "more_than", "en", "Up from 20\u00A0models in 2019 to more than 50\u00A0models in 2025.")]
        [InlineData("line", "more_than", "fr", "En hausse\u00A0: de 20\u00A0modèles en 2019 à plus de 50\u00A0modèles en 2025.")]
        [InlineData("line", "under", "en", "Down from 3.5% in 2019 to under 2% in 2025.")]
        [InlineData("line", "under", "fr", "En baisse\u00A0: de 3,5\u00A0% en 2019 à moins de 2\u00A0% en 2025.")]
        [InlineData("line", "range", "en", "10–20\u00A0MW in 2019, 15–30\u00A0MW in 2025.")]
        [InlineData("line", "range", "fr", "10 à 20\u00A0MW en 2019, 15 à 30\u00A0MW en 2025.")]
        [InlineData("scatter", "exact", "en", "France is highest (US$5.5 billion). The U.K. is lowest (US$1.1 billion).")]
        [InlineData("scatter", "exact", "fr", "La France arrive en tête (5,5\u00A0milliards de dollars US). Le Royaume-Uni ferme la marche (1,1\u00A0milliard de dollars US).")]
        [InlineData("scatter", "approx", "en", "France is highest (about 400\u00A0PFLOP/s). Canada is lowest (about 150\u00A0PFLOP/s).")]
        [InlineData("scatter", "approx", "fr", "La France arrive en tête (environ 400\u00A0PFLOP/s). Le Canada ferme la marche (environ 150\u00A0PFLOP/s).")]
        [InlineData("scatter", "at_least", "en", "France is highest (at least 20). Canada is lowest (3).")]
        [InlineData("scatter", "at_least", "fr", "La France arrive en tête (au moins 20). Le Canada ferme la marche (3).")]
        [InlineData("scatter", "more_than", "en", "France is highest (more than 50\u00A0models). The U.K. is lowest (10\u00A0models).")]
        [InlineData("scatter", "more_than", "fr", "La France arrive en tête (plus de 50\u00A0modèles). Le Royaume-Uni ferme la marche (10\u00A0modèles).")]
        [InlineData("scatter", "under", "en", "France is highest (3.5%). Canada is lowest (under 2%).")]
        [InlineData("scatter", "under", "fr", "La France arrive en tête (3,5\u00A0%). Le Canada ferme la marche (moins de 2\u00A0%).")]
        [InlineData("scatter", "range", "en", "France has the highest figure (100–300\u00A0MW), but it overlaps the figure for the U.K. (50–100\u00A0MW). Canada is lowest (10–20\u00A0MW).")]
        [InlineData("scatter", "range", "fr", "La France affiche le chiffre le plus élevé (100 à 300\u00A0MW), qui chevauche toutefois celui du Royaume-Uni (50 à 100\u00A0MW). Le Canada ferme la marche (10 à 20\u00A0MW).")]
        [InlineData("range", "exact", "en", "France is highest (US$5.5 billion). The U.K. is lowest (US$1.1 billion).")]
        [InlineData("range", "exact", "fr", "La France arrive en tête (5,5\u00A0milliards de dollars US). Le Royaume-Uni ferme la marche (1,1\u00A0milliard de dollars US).")]
        [InlineData("range", "approx", "en", "France is highest (about 400\u00A0PFLOP/s). The U.K. ranks 2nd of 3 (about 300\u00A0PFLOP/s).")]
        [InlineData("range", "approx", "fr", "La France arrive en tête (environ 400\u00A0PFLOP/s). Le Royaume-Uni se classe 2e sur 3 (environ 300\u00A0PFLOP/s).")]
        [InlineData("range", "at_least", "en", "France is highest (at least 20). The U.K. ranks 2nd of 3 (8).")]
        [InlineData("range", "at_least", "fr", "La France arrive en tête (au moins 20). Le Royaume-Uni se classe 2e sur 3 (8).")]
        [InlineData("range", "more_than", "en", "France is highest (more than 50\u00A0models). The U.K. is lowest (10\u00A0models).")]
        [InlineData("range", "more_than", "fr", "La France arrive en tête (plus de 50\u00A0modèles). Le Royaume-Uni ferme la marche (10\u00A0modèles).")]
        [InlineData("range", "under", "en", "France is highest (3.5%). The U.K. ranks 2nd of 3 (2.5%).")]
        [InlineData("range", "under", "fr", "La France arrive en tête (3,5\u00A0%). Le Royaume-Uni se classe 2e sur 3 (2,5\u00A0%).")]
        [InlineData("range", "range", "en", "France has the highest figure (100–300\u00A0MW), but it overlaps the figure for the U.K. (50–100\u00A0MW).")]
        [InlineData("range", "range", "fr", "La France affiche le chiffre le plus élevé (100 à 300\u00A0MW), qui chevauche toutefois celui du Royaume-Uni (50 à 100\u00A0MW).")]
    public void Every_chart_type_says_its_pattern_in_each_language_for_each_kind_of_value(string type, string kind, string language, string expected)
    {
        var diagnostics = new DiagnosticBag();
        var summary = Summary(Block(type, kind), language, diagnostics);
        var reported = string.Join(" | ", diagnostics.Sorted());
        Assert.Equal(expected, summary == "(no chart)" ? summary + " " + reported : summary);
        if (summary != "(no chart)") Assert.Equal("", reported);
    }

    private const string BareYaml = """
        title: { en: Bare, fr: Nus }
        source:
          - { title: "Canada's AI for All" }
        columns:
          - { id: country, label: { en: Country, fr: Pays }, type: text, key: true }
          - { id: company, label: { en: Company, fr: Entreprise }, type: text, no_article: true }
          - { id: budget, label: { en: Budget, fr: Budget }, type: money, currency: USD, scale: billion }
          - { id: score, label: { en: Score, fr: Note }, type: number }
        rows:
          - { country: Canada, company: Cohere, budget: 1.8, score: 7 }
          - { country: { en: Saudi Arabia, fr: Arabie saoudite }, company: Humain, budget: 40, score: 4 }
          - { country: { en: U.K., fr: Royaume-Uni }, company: { en: DeepMind, fr: DeepMind }, budget: N/A, score: 7 }
          - { country: France, company: Mistral, budget: 5.5, score: 6 }
        """;

    private static (string Summary, List<string> Diagnostics) Bare(string block, string language)
    {
        var diagnostics = new DiagnosticBag();
        var table = DataTableParser.Parse(new SourceFile("/bare.yml", "bare.yml", "data/bare.yml", BareYaml), "en", diagnostics)!;
        var file = new SourceFile("/page.md", "page.md", "page.md", block);
        var map = (YMap)YamlReader.Parse(new YamlReader.Fragment(file, block), Codes.CHART001, diagnostics, out _)!;
        var spec = ChartSpecParser.Parse(map, new Dictionary<string, DataTable> { ["bare"] = table }, language, diagnostics)!;
        var summary = ChartSummary.Write(spec, ChartData.From(spec, language), language, diagnostics);
        return (summary, diagnostics.Sorted().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void A_french_name_without_its_article_is_listed_after_a_colon_and_reported_where_to_write_it()
    {
        var (summary, diagnostics) = Bare("table: bare\ny: budget\nhighlight: France\n", "fr");
        Assert.Equal("En tête\u00A0: Arabie saoudite (40\u00A0milliards de dollars US). France\u00A0: 2e sur 3 (5,5\u00A0milliards de dollars US). Aucune valeur pour Royaume-Uni.", summary);
        const string advice = ": write it as a sentence says it, with its article, under in_sentence (e.g. in_sentence: { fr: le Canada }, { fr: l’Arabie saoudite }), "
            + "or give its column no_article: true if its names take none (Cohere); until then the summary lists it after a colon";
        Assert.Equal(
        [
            "bare.yml:11:16: warning CHART010: a French chart summary names 'Arabie saoudite' in a sentence" + advice,
            "bare.yml:13:5: warning CHART010: a French chart summary names 'France' in a sentence" + advice,
        ], diagnostics.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void English_says_names_as_written_and_never_asks_for_an_article()
    {
        var (summary, diagnostics) = Bare("table: bare\ny: budget\nhighlight: France\n", "en");
        Assert.Equal("Saudi Arabia is highest (US$40 billion). France ranks 2nd of 3 (US$5.5 billion). No value for U.K.", summary);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Names_of_a_no_article_column_make_full_french_sentences_without_a_warning()
    {
        var (summary, diagnostics) = Bare("table: bare\nx: company\ny: budget\n", "fr");
        Assert.Equal("Humain arrive en tête (40\u00A0milliards de dollars US). Cohere ferme la marche (1,8\u00A0milliard de dollars US). Aucune valeur pour DeepMind.", summary);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Equal_values_are_a_tie_not_an_overlap()
    {
        Assert.Equal("Canada and U.K. are highest (7). Saudi Arabia is lowest (4).", Bare("table: bare\ny: score\n", "en").Summary);
        Assert.Equal("Cohere et DeepMind arrivent en tête, à égalité (7). Humain ferme la marche (4).", Bare("table: bare\nx: company\ny: score\n", "fr").Summary);
        Assert.Equal("En tête, à égalité\u00A0: Canada et Royaume-Uni (7). Dernier rang\u00A0: Arabie saoudite (4).", Bare("table: bare\ny: score\n", "fr").Summary);
    }

    [Fact]
    public void The_summary_quotes_the_source_and_computes_no_ratio()
    {
        var diagnostics = new DiagnosticBag();
        foreach (var language in new[] { "en", "fr" })
        {
            var summary = Summary("table: countries\ny: exact\nhighlight: U.K.\n", language, diagnostics);
            Assert.DoesNotContain("times", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("fois", summary, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("le Canada", "du Canada")]
    [InlineData("les États-Unis", "des États-Unis")]
    [InlineData("la France", "de la France")]
    [InlineData("l’Arabie saoudite", "de l’Arabie saoudite")]
    [InlineData("Ottawa", "d’Ottawa")]
    [InlineData("Cohere", "de Cohere")]
    public void French_of_contracts_and_elides_by_the_article_written_in_the_data(string name, string expected) =>
        Assert.Equal(expected, Site.Localization.Contraction.Of(name, "fr"));

    [Fact]
    public void An_in_sentence_form_that_is_not_a_mapping_of_languages_is_a_located_error()
    {
        const string yaml = """
            title: { en: T }
            source:
              - { title: S }
            columns:
              - { id: country, label: { en: Country }, type: text, key: true }
            rows:
              - { country: { en: Canada, in_sentence: le Canada } }
              - { country: { en: France, in_sentence: { french: la France } } }
            """;
        var diagnostics = new DiagnosticBag();
        DataTableParser.Parse(new SourceFile("/t.yml", "t.yml", "data/t.yml", yaml), "en", diagnostics);
        Assert.Equal(
        [
            "t.yml:7:43: error DATA001: 'country.in_sentence' must be a mapping of languages to the text as a sentence says it ({ fr: l’Arabie saoudite }), not 'le Canada'",
            "t.yml:8:45: error DATA001: 'french' is not a language code (use two letters, e.g. en, fr)",
        ], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("20+", "10-12", true)]     // at least 20 is above a range ending at 12
    [InlineData("100-300", "50-100", false)] // the ranges share 100
    [InlineData("over 100", "50-100", true)] // more than 100 is above 100
    [InlineData("3.5", "under 2", true)]
    [InlineData("under 2", "1", false)]   // under 2 may be 0.5
    [InlineData("5", "5", false)]
    public void A_value_is_above_another_only_when_every_reading_of_both_agrees(string a, string b, bool above)
    {
        var column = new DataColumn("v", Site.Localization.LocalizedText.Plain("en", "V"), ColumnType.Number, null, null, Scale.One, false, null, null,
            new SourceLocation(new SourceFile("/t.yml", "t.yml", "t.yml", ""), 1, 1));
        Assert.Equal(above, ChartSummary.Above(ValueParser.Parse(a, column).Value!, ValueParser.Parse(b, column).Value!));
    }
}
