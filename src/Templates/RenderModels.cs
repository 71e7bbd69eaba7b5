using Scriban.Runtime;
using Site.Content;
using Site.Diagnostics;
using Site.Markdown;

namespace Site.Templates;

/// <summary>
/// The template models of one finished build: every page's (by its index in the build) and each
/// language's renderer over its globals. The preview keeps them so that a page whose body alone
/// changed can be rendered again by itself (see Site.Caching.PageFirst) with exactly the models the
/// next full build would give it.
/// </summary>
public sealed class RenderModels(IReadOnlyList<ScriptObject> pages, TemplateSet templates, IReadOnlyDictionary<string, TemplateRenderer> renderers,
    IReadOnlyDictionary<string, SourceFile> files)
{
    /// <summary>
    /// The models for page <paramref name="index"/> with a new body: a fresh page model made as the
    /// build makes it, and a renderer whose <c>site.pages</c> holds that model in the old one's place
    /// (a full build would list the new model there too). Everything else is shared with the last build.
    /// </summary>
    public Edit ForNewBody(int index, Page page, string basePath, string? siteUrl)
    {
        var old = pages[index];
        var model = ScriptModel.Page(page, basePath, siteUrl, page.Language, old["edit_url"] as string);
        // What the build adds before bodies render: the language switcher and hreflang links (they
        // depend on the page's place and twins, which an edit of the body alone leaves as they were).
        model["translations"] = old["translations"];
        model["alternates"] = old["alternates"];
        // The card and the citation (src/Sharing/) come from the front matter, as they were; a body edit
        // that changes the lead chart gets its new card from the full build that follows.
        model["card"] = old["card"];
        model["cite"] = old["cite"];
        model.IsReadOnly = true;

        var renderer = renderers[page.Language];
        var globals = new ScriptObject();
        foreach (var (name, value) in renderer.Globals)
            globals[name] = name == "site" && value is ScriptObject site ? WithPage(site, old, model) : value;
        globals.IsReadOnly = true;
        var sources = new Dictionary<string, SourceFile>(files, StringComparer.Ordinal) { [page.Source.FullPath] = page.Source };
        return new Edit(old, model, new TemplateRenderer(templates, globals, sources));
    }

    /// <summary>The <c>site</c> object of a language with one page model replaced in <c>site.pages</c>, members in the same order.</summary>
    private static ScriptObject WithPage(ScriptObject site, ScriptObject old, ScriptObject model)
    {
        var copy = new TrackedObject();
        foreach (var (name, value) in site)
            copy[name] = name == "pages" && value is ScriptArray list
                ? new ScriptArray(list.Select(p => ReferenceEquals(p, old) ? model : p))
                : value;
        copy.IsReadOnly = true;
        return copy;
    }

    /// <summary>One page rendered again: its new model (body first, then layout) and the renderer that sees it.</summary>
    public sealed class Edit(ScriptObject old, ScriptObject model, TemplateRenderer renderer)
    {
        public TemplateRenderer Renderer => renderer;
        public ScriptObject Model => model;

        /// <summary>
        /// After the body: what the body tells (content, headings, length), its charts' oEmbed links, then the neighbours the last
        /// build linked (their titles and URLs are the same), in the order the build adds them.
        /// </summary>
        public void AddBody(MarkdownResult? body)
        {
            ScriptModel.AddBody(model, body);
            // The charts' oEmbed links, as they were (a body edit that adds a chart gets its link from the full build).
            model["embeds"] = old["embeds"];
            model["previous"] = old["previous"];
            model["next"] = old["next"];
            model.IsReadOnly = true;
        }
    }
}
