using Site.Data;
using Site.Diagnostics;
using Site.Formats;
using Site.Yaml;

namespace Site.Markdown.Embeds;

/// <summary>```table``` blocks: <c>table: id</c>, optional <c>columns: [a, b]</c> (exactly those, in that order) and <c>caption</c>.</summary>
public sealed class TableEmbed : IEmbed
{
    private static readonly DiagnosticCode Code = Codes.PAGE010;

    public string Name => "table";

    public string? Render(YMap spec, EmbedContext context)
    {
        var fields = new YamlFields(spec, Code, context.Diagnostics, context.FallbackLanguage);
        fields.RejectUnknownKeys("a table block", FormatCatalog.TableBlock.KeyNames);
        var table = EmbedTables.Resolve(fields, context, Code);
        if (table is null) return null;

        var columns = new List<DataColumn>();
        var failed = false;
        var requested = fields.List("columns");
        if (requested is null) columns.AddRange(table.Columns);
        else if (requested.Count == 0)
        {
            context.Diagnostics.Report(spec.Get("columns")!.Location, Code, $"'columns' is empty; name at least one column of table '{table.Id}', or leave the key out to show them all");
            return null;
        }
        foreach (var node in requested ?? [])
        {
            var column = node is YScalar name ? table.Column(name.Value) : null;
            if (column is null)
            {
                EmbedTables.UnknownColumn(node, table, context, Code);
                failed = true;
            }
            else columns.Add(column);
        }
        if (failed) return null;
        // Only the columns the block names are shown: a key such as "stipend" is for figure
        // references, not for readers. TableHtml makes the first shown column the row header then.

        var id = context.UniqueId("table-" + table.Id);
        return TableHtml.Write(table, columns, id, fields.String("caption"), context.Language, context.FallbackLanguage, context.DataUrl);
    }
}
