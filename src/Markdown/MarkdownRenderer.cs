using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Diagnostics;
using Site.Markdown.Embeds;
using Site.Yaml;

namespace Site.Markdown;

/// <summary>
/// Turns a page body into HTML: parses it with the shared pipeline, renders embed blocks from their
/// YAML, lets the caller check and rewrite every link (with its position), collects headings.
/// </summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, IReadOnlyList<IEmbed> embeds)
{
    /// <summary>The site's renderer: the site's Markdown extensions and every embed (table, chart, keyfigures, cards).</summary>
    public static MarkdownRenderer ForSite() =>
        new(MarkdownPipelineFactory.Create(), [new Embeds.TableEmbed(), new Embeds.ChartEmbed(), new Embeds.KeyFiguresEmbed(), new Embeds.CardsEmbed()]);

    /// <summary>Checks one link and returns the URL to write, or null to keep it as written.</summary>
    public delegate string? LinkRewriter(string url, SourceLocation at);

    public MarkdownResult Render(SourceFile file, string markdown, EmbedContext context, LinkRewriter rewriteLink)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);

        var embedHtml = new Dictionary<FencedCodeBlock, string>();
        var embedCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var headings = new List<Heading>();
        var words = 0;
        foreach (var node in document.Descendants())
        {
            RawHtmlPolicy.Check(node, file, context.Diagnostics);
            switch (node)
            {
                case FencedCodeBlock block when FindEmbed(block.Info) is { } embed:
                    var html = RenderEmbed(file, block, embed, context);
                    embedHtml[block] = html ?? "";
                    embedCounts[embed.Name] = (embedCounts.TryGetValue(embed.Name, out var count) ? count : 0) + 1;
                    break;
                case LinkInline link when link.Url is not null:
                    var rewritten = rewriteLink(link.Url, file.At(link.Line + 1, link.Column + 1));
                    if (rewritten is not null) link.Url = rewritten;
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    // <https://…> is kept as written; the check refuses other schemes (<javascript:…>).
                    rewriteLink(autolink.Url, file.At(autolink.Line + 1, autolink.Column + 1));
                    break;
                case HeadingBlock heading:
                    var id = heading.GetAttributes().Id;
                    if (id is not null) headings.Add(new Heading(heading.Level, id, PlainText(heading.Inline)));
                    break;
                case LiteralInline literal:
                    words += CountWords(literal.Content.AsSpan());
                    break;
            }
        }

        using var writer = new StringWriter();
        writer.NewLine = "\n";
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new ClassAlignedTableRenderer());
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Footnotes.HtmlFootnoteLinkRenderer>(new SidenoteRenderer());
        var codeBlocks = renderer.ObjectRenderers.Find<CodeBlockRenderer>()!;
        renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new EmbedBlockRenderer(codeBlocks, embedHtml));
        renderer.Render(document);
        writer.Flush();
        return new MarkdownResult(new Utf8Html(writer.ToString()), headings, words, embedCounts) { Charts = [.. context.Charts] };
    }

    private IEmbed? FindEmbed(string? info)
    {
        if (info is null) return null;
        foreach (var embed in embeds)
            if (embed.Name == info) return embed;
        return null;
    }

    private static string? RenderEmbed(SourceFile file, FencedCodeBlock block, IEmbed embed, EmbedContext context)
    {
        // The YAML body starts on the line after the opening fence; Markdig strips the fence's indent.
        var fragment = new YamlReader.Fragment(file, block.Lines.ToString(), LineOffset: block.Line + 1, ColumnOffset: block.Column);
        var spec = YamlReader.Parse(fragment, Codes.PAGE011, context.Diagnostics, out var failed);
        if (failed) return null;
        if (spec is YMap map) return embed.Render(map, context);
        context.Diagnostics.Report(spec?.Location ?? file.At(block.Line + 1, block.Column + 1), Codes.PAGE011,
            $"a ```{embed.Name}``` block holds YAML keys, e.g. 'table: national-strategies'");
        return null;
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            if (child is LiteralInline literal) text.Append(literal.Content.AsSpan());
            else if (child is CodeInline code) text.Append(code.Content);
        }
        return text.ToString();
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
