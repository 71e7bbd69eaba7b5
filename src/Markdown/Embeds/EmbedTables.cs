using Site.Data;
using Site.Diagnostics;
using Site.Yaml;

namespace Site.Markdown.Embeds;

/// <summary>Looking up the table and columns an embed names, with located did-you-mean errors.</summary>
public static class EmbedTables
{
    public static DataTable? Resolve(YamlFields fields, EmbedContext context, DiagnosticCode code)
    {
        var name = fields.String("table", required: true);
        if (name is null) return null;
        context.Use(name);
        if (context.Tables.TryGetValue(name, out var table)) return table;
        var suggestion = Suggest.Closest(name, context.Tables.Keys);
        context.Diagnostics.Report(fields.Node("table")!.Location, code,
            $"unknown table '{name}'" + (suggestion is null ? $"; tables are in input/data/ ({string.Join(", ", context.Tables.Keys.Order(StringComparer.Ordinal))})" : $"; did you mean '{suggestion}'?"),
            Subjects.Table(name));
        return null;
    }

    public static void UnknownColumn(YNode node, DataTable table, EmbedContext context, DiagnosticCode code)
    {
        var ids = table.Columns.Select(c => c.Id).ToList();
        var written = node is YScalar scalar ? scalar.Value : node.Describe();
        var suggestion = Suggest.Closest(written, ids);
        context.Diagnostics.Report(node.Location, code,
            $"column '{written}' not in table '{table.Id}'" + (suggestion is null ? $"; columns are {string.Join(", ", ids)}" : $"; did you mean '{suggestion}'?"));
    }
}
