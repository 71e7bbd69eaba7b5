using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Markdown;

/// <summary>
/// Writes the HTML prepared for embed blocks (```table```, ```chart```) in place of the code block,
/// and leaves every other code block to Markdig's own renderer.
/// </summary>
public sealed class EmbedBlockRenderer(CodeBlockRenderer fallback, IReadOnlyDictionary<FencedCodeBlock, string> embeds) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is FencedCodeBlock fenced && embeds.TryGetValue(fenced, out var html))
        {
            renderer.EnsureLine();
            renderer.Write(html);
            return;
        }
        fallback.Write(renderer, block);
    }
}
