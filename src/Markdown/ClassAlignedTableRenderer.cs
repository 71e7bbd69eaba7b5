using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Markdown;

/// <summary>
/// Renders pipe tables like Markdig does, but writes column alignment as a class
/// (<c>class="align-right"</c>) instead of <c>style="text-align: right;"</c>, which a strict
/// Content-Security-Policy (no 'unsafe-inline' styles) would block.
/// </summary>
public sealed class ClassAlignedTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");

        var inHead = false;
        var inBody = false;
        foreach (var child in table)
        {
            var row = (TableRow)child;
            if (row.IsHeader && !inHead)
            {
                renderer.WriteLine("<thead>");
                inHead = true;
            }
            else if (!row.IsHeader && !inBody)
            {
                if (inHead) renderer.WriteLine("</thead>");
                inHead = false;
                renderer.WriteLine("<tbody>");
                inBody = true;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                renderer.Write(row.IsHeader ? "<th" : "<td");
                if (row.IsHeader) renderer.Write(" scope=\"col\"");
                if (cell.ColumnSpan != 1) renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
                if (cell.RowSpan != 1) renderer.Write($" rowspan=\"{cell.RowSpan}\"");

                var columnIndex = cell.ColumnIndex < 0 ? i : cell.ColumnIndex;
                if (columnIndex < table.ColumnDefinitions.Count)
                {
                    var alignment = table.ColumnDefinitions[columnIndex].Alignment switch
                    {
                        TableColumnAlign.Center => "align-center",
                        TableColumnAlign.Right => "align-right",
                        TableColumnAlign.Left => "align-left",
                        _ => null,
                    };
                    if (alignment is not null) cell.GetAttributes().AddClass(alignment);
                }
                renderer.WriteAttributes(cell).Write('>');

                var previousImplicit = renderer.ImplicitParagraph;
                if (cell.Count == 1) renderer.ImplicitParagraph = true;
                renderer.Write(cell);
                renderer.ImplicitParagraph = previousImplicit;
                renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
            }
            renderer.WriteLine("</tr>");
        }
        if (inBody) renderer.WriteLine("</tbody>");
        else if (inHead) renderer.WriteLine("</thead>");
        renderer.WriteLine("</table>");
    }
}
