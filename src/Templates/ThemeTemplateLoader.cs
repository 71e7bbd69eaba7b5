using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Templates;

/// <summary>
/// Resolves <c>{{ include "name" }}</c> to theme/partials/name.sbn-html. Partials are compiled once
/// per build and handed to every context, so <see cref="Load"/> only runs for unknown names, where
/// it reports the error (with the include's position) instead of reading any file.
/// </summary>
public sealed class ThemeTemplateLoader(IReadOnlyDictionary<string, Template> partials) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (partials.ContainsKey(templateName)) return templateName;
        var known = partials.Count == 0 ? "theme/partials/ has none" : "theme/partials/ has: " + string.Join(", ", partials.Keys.Order(StringComparer.Ordinal));
        throw new ScriptRuntimeException(callerSpan, $"unknown partial '{templateName}'; {known}");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"unknown partial '{templatePath}'");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
