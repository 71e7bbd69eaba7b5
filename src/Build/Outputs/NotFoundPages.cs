using Site.Content;

namespace Site.Build.Outputs;

/// <summary>Each language's 404 page, unless the content writes its own (input/404.md, input/fr/404.md).</summary>
internal sealed class NotFoundPages : GeneratedOutput
{
    public override IEnumerable<Page> Pages(BuildContext build) =>
        build.Languages.All.Select(lang => NotFoundPage.IfMissing(build.Published, build.InputRoot, build.DisplayRoot, build.UiStrings, build.Languages, lang,
            themeHasNotFoundLayout: build.Templates.HasLayout("404"))).OfType<Page>();
}
