using System.Security.Cryptography;
using System.Text;

namespace Site.Data;

/// <summary>
/// Fingerprints of a table for its provenance. <see cref="OfFile"/> is the SHA-256 of the table file
/// it was built from, over its text as the build read it (UTF-8, line endings as \n: what
/// <c>sha256sum</c> gives for the file as Git checks it out with this repository's .gitattributes).
/// <see cref="OfValues"/> covers only the values (every cell as the CSV download writes it, in
/// every language), so a corrected note or label does not count as changed values.
/// </summary>
public static class TableChecksum
{
    public static string OfFile(DataTable table) => Hex(Encoding.UTF8.GetBytes(table.Source.Text));

    public static string OfValues(DataTable table, IEnumerable<string> languages)
    {
        var text = new StringBuilder();
        foreach (var language in languages)
        foreach (var row in table.Rows)
        {
            foreach (var column in table.Columns)
                text.Append(column.Id).Append('=').Append(DataExport.Field(ValueFormatter.MachineText(row.Cells[column.Id], column, language))).Append('\u001F');
            text.Append('\u001E');
        }
        return Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
