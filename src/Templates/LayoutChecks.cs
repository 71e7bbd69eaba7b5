using Site.Content;
using Site.Diagnostics;
using Site.Loading;
using Site.Yaml;

namespace Site.Templates;

/// <summary>The theme has the layouts the pages ask for, and the base layout every page is wrapped in.</summary>
public static class LayoutChecks
{
    public static void Check(IReadOnlyList<Page> pages, TemplateSet templates, DiagnosticBag diagnostics, SourceSet sources)
    {
        if (!templates.HasLayout(TemplateRenderer.BaseLayout) && !sources.Layouts.Any(l => l.RelativePath == $"layouts/{TemplateRenderer.BaseLayout}{TemplateSet.Extension}"))
        {
            var at = sources.Layouts.Count > 0 ? sources.Layouts[0].At(1, 1) : pages.FirstOrDefault()?.Source.At(1, 1);
            if (at is { } location)
                diagnostics.Report(location, Codes.TPL004, $"the theme has no layouts/{TemplateRenderer.BaseLayout}{TemplateSet.Extension}, the layout every page is wrapped in");
        }
        var names = sources.Layouts.Select(l => l.RelativePath["layouts/".Length..]).Where(n => n.EndsWith(TemplateSet.Extension, StringComparison.Ordinal))
            .Select(n => n[..^TemplateSet.Extension.Length]).Concat(templates.LayoutNames).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (names.Contains(page.Layout)) continue;
            var suggestion = Suggest.Closest(page.Layout, names);
            diagnostics.Report(page.Meta.LayoutLocation ?? page.Source.At(1, 1), Codes.PAGE006,
                $"unknown layout '{page.Layout}'" + (suggestion is null ? $"; theme/layouts/ has {string.Join(", ", names.Order(StringComparer.Ordinal))}" : $"; did you mean '{suggestion}'?"));
        }
    }
}
