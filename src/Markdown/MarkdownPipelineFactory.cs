using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Site.Markdown;

/// <summary>
/// The one Markdig pipeline of a build: built once, frozen, shared by every page and thread
/// (a Markdig pipeline is immutable and thread-safe once built).
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()            // line and column on every link, for located errors
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseSmartyPants()
            .UseFigures()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseAutoLinks()
            .UseCustomContainers()                 // ::: takeaway … ::: callouts
            .UseGenericAttributes()                // must come last: it reads what the others parsed
            .Build();
}
