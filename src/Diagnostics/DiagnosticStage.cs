namespace Site.Diagnostics;

/// <summary>The stage of the build that reports a code (docs/diagnostics.md says it beside each code).</summary>
public enum DiagnosticStage
{
    /// <summary>Reading files from input/ and theme/.</summary>
    Load,
    /// <summary>Reading one file into its model (site.yml, a page's front matter, a table, a template).</summary>
    Parse,
    /// <summary>Checks between files (URLs, twins, navigation, published references).</summary>
    Validate,
    /// <summary>Turning a page into HTML (its Markdown, embeds, links, expressions and layout).</summary>
    Render,
}
