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
        var byId = new Dictionary<string, DataTable>(StringComparer.Ordinal);
        foreach (var table in tables.OrderBy(t => t.Source.RelativePath, StringComparer.Ordinal))
        {
            if (byId.TryAdd(table.Id, table)) continue;
            diagnostics.Error(table.Source.At(1, 1), "DATA001",
                $"this file and input/{byId[table.Id].Source.RelativePath} both define table '{table.Id}'; remove or rename one");
        }
        return byId;
    }
}
