using Site.Content;
using Site.Output;

namespace Site.Build.Outputs;

/// <summary>sitemap.xml: every page but the 404s, with its date and its twins; made of absolute URLs, so only when the origin is known.</summary>
internal sealed class Sitemap : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) => build.SiteUrl is null ? [] : ["sitemap.xml"];

    public override IEnumerable<OutputFile> Files(BuildContext build)
    {
        if (build.SiteUrl is not { } siteUrl) yield break;
        var entries = build.Pages.Where(p => !NotFoundPage.Is(p))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new SitemapWriter.Entry(siteUrl + BasePath.Apply(build.BasePath, p.Url), p.Meta.Updated ?? p.Meta.Date,
                LanguageVersions.Alternates(p, build.Index, build.Languages, build.BasePath, siteUrl)));
        yield return OutputFile.Text("sitemap.xml", SitemapWriter.Sitemap(entries));
    }
}
