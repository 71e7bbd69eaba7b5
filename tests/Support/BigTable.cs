using System.Text;

namespace Site.Tests.Support;

/// <summary>
/// A site whose one data table has many rows: the same site as bench/make-big-table.py writes (issue
/// 28: 200,000 rows, about 10 MB of YAML), with the repository's real theme. Its data page shows the
/// whole table, and its CSV, JSON and search index hold every row.
/// </summary>
public static class BigTable
{
    public static void Write(string root, int rows)
    {
        var yaml = new StringBuilder(rows * 60);
        yaml.Append("title: \"A big table\"\n");
        yaml.Append("description: \"Generated rows, to measure memory.\"\n");
        yaml.Append("source:\n  - { title: \"Generated\", publisher: \"bench/make-big-table.py\", date: 2026-01 }\n");
        yaml.Append("columns:\n");
        yaml.Append("  - { id: code, label: Code, type: text, key: true }\n");
        yaml.Append("  - { id: year, label: Year, type: year }\n");
        yaml.Append("  - { id: amount, label: Amount, type: number, unit: tonnes }\n");
        yaml.Append("  - { id: share, label: Share, type: percent }\n");
        yaml.Append("rows:\n");
        for (var i = 0; i < rows; i++)
            yaml.Append("- {code: r").Append(i).Append(", year: ").Append(1990 + i % 35).Append(", amount: ").Append(i % 10007).Append('.').Append(i % 10)
                .Append(", share: ").Append(i % 100).Append("%}\n");
        Directory.CreateDirectory(Path.Combine(root, "input", "data"));
        File.WriteAllText(Path.Combine(root, "input", "data", "big.yml"), yaml.ToString());
        File.WriteAllText(Path.Combine(root, "input", "index.md"),
            "---\ntitle: A big table\ndescription: One page beside a big data table.\n---\n\nThe whole table is on [its data page](/data/big/).\n");
        TempDirectory.CopyTree(Repo.Theme, Path.Combine(root, "theme"));
    }
}
