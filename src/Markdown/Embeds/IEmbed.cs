using Site.Yaml;

namespace Site.Markdown.Embeds;

/// <summary>
/// A fenced block kind (```table```, ```chart```, ```keyfigures```, ```cards```): its YAML body becomes HTML. Returns null
/// after reporting located errors; the block then renders as nothing.
/// </summary>
public interface IEmbed
{
    string Name { get; }

    string? Render(YMap spec, EmbedContext context);
}
