using Site.Data;
using Site.Diagnostics;
using Site.Loading;
using Site.Localization;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The explainer's tables carry their French beside their English (issue 12): every localized text
/// has a French version, row keys have French display names, and the French figures the French
/// pages were written around come out as those sentences need them.
/// </summary>
public sealed class ExplainerFrenchDataTests
{
    private const string Nbsp = "\u00A0", Thin = "\u202F";

    private static IEnumerable<DataTable> Tables()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(Repo.Input, "data"), "*.yml").Order(StringComparer.Ordinal))
        {
            var diagnostics = new DiagnosticBag();
            var file = SourceLoader.Read(path, "data/" + Path.GetFileName(path), Repo.Root, diagnostics)!;
            var table = DataTableParser.Parse(file, "en", diagnostics);
            Assert.Empty(diagnostics.Sorted());
            yield return table!;
        }
    }

    private static DataTable Table(string id) => Tables().Single(t => t.Id == id);

    [Fact]
    public void Every_text_written_as_a_language_map_has_its_french()
    {
        var missing = new List<string>();
        void Check(LocalizedText? text, string where)
        {
            // A plain string (a name such as "Toronto", a unit such as PFLOP/s) reads the same in both languages.
            if (text is null) return;
            var map = text.Languages.Count > 1 || !text.Languages.Contains("en");
            if (map && (!text.Languages.Contains("fr") || text.Get("fr", "fr").Length == 0)) missing.Add(where);
        }
        var tables = Tables().ToList();
        Assert.Equal(11, tables.Count);
        foreach (var table in tables)
        {
            Assert.True(table.Title.Languages.Contains("fr"), $"{table.Id}: title has no French");
            Check(table.Title, table.Id + " title");
            Check(table.Description, table.Id + " description");
            Check(table.Notes, table.Id + " notes");
            foreach (var column in table.Columns)
            {
                Assert.True(column.Label.Languages.Contains("fr"), $"{table.Id}: label of '{column.Id}' has no French");
                Check(column.Note, $"{table.Id} note of {column.Id}");
                Check(column.Unit, $"{table.Id} unit of {column.Id}");
            }
            foreach (var row in table.Rows)
                foreach (var (id, value) in row.Cells)
                    Check(value.Text, $"{table.Id} row '{row.Key}' column {id}");
        }
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("national-strategies", "U.K.", "Royaume-Uni")]
    [InlineData("national-strategies", "Saudi Arabia", "Arabie saoudite")]
    [InlineData("national-strategies", "South Korea", "Corée du Sud")]
    [InlineData("national-strategies", "Canada", "Canada")]
    [InlineData("national-commitments", "U.K.", "Royaume-Uni")]
    [InlineData("implied-rates", "U.K.", "Royaume-Uni")]
    [InlineData("infrastructure", "Total AI compute", "Puissance de calcul totale en IA")]
    [InlineData("infrastructure", "Inference cost per 1M tokens", "Coût de l’inférence par million de jetons")]
    [InlineData("institutions", "Vector Institute", "Institut Vecteur")]
    [InlineData("institutions", "CIFAR (Canadian Institute for Advanced Research)", "CIFAR (Institut canadien de recherches avancées)")]
    public void Row_keys_stay_english_and_show_in_french(string table, string key, string french)
    {
        var data = Table(table);
        var row = data.Row(key);
        Assert.NotNull(row);
        Assert.Equal(french, ValueFormatter.PlainText(row.Cells[data.KeyColumn.Id], data.KeyColumn, "fr", prose: false));
        Assert.Equal(key, ValueFormatter.PlainText(row.Cells[data.KeyColumn.Id], data.KeyColumn, "en", prose: false));
    }

    [Theory]
    // The sentences of the French pages (translations/fr/README.md, "Figures in French") rely on these forms.
    [InlineData("national-strategies", "Canada", "budget", "1,8" + Nbsp + "milliard de dollars US")]
    [InlineData("national-strategies", "Saudi Arabia", "compute", "au moins 2" + Thin + "000" + Nbsp + "PFLOP/s")]
    [InlineData("compute-facts", "Models hosted on Hugging Face", "value", "plus de 500" + Thin + "000")]
    [InlineData("compute-facts", "Capacity growth targeted by 2027", "value", "3")]
    [InlineData("compute-facts", "GitHub stars of the Cortex framework", "value", "1" + Thin + "200")]
    [InlineData("talent-corps", "Stipend per researcher", "value", "0,5 à 1")] // running text: "de 0,5 à 1 million"
    [InlineData("talent-corps", "Total compensation OpenAI offers senior researchers", "value", "2 à 5")]
    [InlineData("infrastructure", "Total AI compute", "us_reference", "environ 5" + Thin + "000 ou plus")]
    [InlineData("infrastructure", "Inference cost per 1M tokens", "canada_2027", "0,05 à 0,10")]
    [InlineData("vc-share", "2025", "share", "moins de 2" + Nbsp + "%")]
    [InlineData("companies", "DeepMind (Alphabet)", "funding", "s.o.")]
    [InlineData("companies", "DeepMind (Alphabet)", "headquarters", "Londres")]
    public void French_figures_read_as_the_french_pages_expect(string table, string row, string column, string french)
    {
        var data = Table(table);
        Assert.Equal(french, ValueFormatter.PlainText(data.Row(row)!.Cells[column], data.Column(column)!, "fr", prose: true));
    }

    [Fact]
    public void French_downloads_hold_the_same_numbers_as_the_english_ones()
    {
        foreach (var table in Tables())
        {
            var english = DataExport.Csv(table, "en");
            var french = DataExport.Csv(table, "fr");
            Assert.NotEqual(english.Split("\r\n")[0], french.Split("\r\n")[0]);
            foreach (var row in table.Rows)
                foreach (var column in table.Columns.Where(c => c.IsNumeric))
                    Assert.Equal(ValueFormatter.MachineText(row.Cells[column.Id], column, "en"), ValueFormatter.MachineText(row.Cells[column.Id], column, "fr"));
            Assert.Equal(english.Split("\r\n").Length, french.Split("\r\n").Length);
        }
    }
}
