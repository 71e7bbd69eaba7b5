using Site.Data;
using Site.Diagnostics;

namespace Site.Validation;

/// <summary>Checks between data tables: every table id names one file.</summary>
public static class TableChecks
{
    /// <summary>
    /// Tables by id. Two files that give one id (data/x.yml and data/x.yaml) are an error at the
    /// second; the first is kept so that pages quoting it are still checked.
    /// </summary>
    public static Dictionary<string, DataTable> ById(IEnumerable<DataTable> tables, DiagnosticBag diagnostics)
    {
        foreach (var table in tables) CheckRowIds(table, diagnostics);
        var byId = new Dictionary<string, DataTable>(StringComparer.Ordinal);
        foreach (var table in tables.OrderBy(t => t.Source.RelativePath, StringComparer.Ordinal))
        {
            if (byId.TryAdd(table.Id, table)) continue;
            diagnostics.Report(table.Source.At(1, 1), Codes.DATA001,
                $"this file and input/{byId[table.Id].Source.RelativePath} both define table '{table.Id}'; remove or rename one");
        }
        return byId;
    }

    /// <summary>
    /// Row keys become element ids and URL fragments (/data/x/#table-x-row-québec): two keys that
    /// slug alike ("U.K." and "U K") would share one, so the second is an error at its row (SLUG001).
    /// </summary>
    public static void CheckRowIds(DataTable table, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, DataRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var slug = RowAnchor.Slug(row.Key);
            if (first.TryAdd(slug, row)) continue;
            var other = first[slug];
            diagnostics.Report(row.Location, Codes.SLUG001,
                $"the key '{row.Key}' gives the same id ('{slug}') as '{other.Key}' (line {other.Location.Line}): links to rows could not tell them apart; change one key");
        }
    }
}
