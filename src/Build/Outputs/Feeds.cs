using Site.Content;
using Site.Output;

namespace Site.Build.Outputs;

/// <summary>One Atom feed per language at its root (/feed.xml, /fr/feed.xml) of the dated pages; only when the origin is known.</summary>
internal sealed class Feeds : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) =>
        build.SiteUrl is null ? [] : build.Languages.All.Select(lang => build.Languages.Folder(lang) + "feed.xml");

    public override IEnumerable<OutputFile> Files(BuildContext build)
    {
        if (build.SiteUrl is not { } siteUrl) yield break;
        foreach (var lang in build.Languages.All)
        {
            var home = siteUrl + BasePath.Apply(build.BasePath, "/" + build.Languages.Folder(lang));
            var entries = build.Pages.Where(p => p.Language == lang && (p.Meta.Updated ?? p.Meta.Date) is not null)
                .Select(p => new AtomFeed.Entry(p.Meta.Title, siteUrl + BasePath.Apply(build.BasePath, p.Url), (p.Meta.Updated ?? p.Meta.Date)!, p.Meta.Summary ?? p.Meta.Description));
            yield return OutputFile.Text(build.Languages.Folder(lang) + "feed.xml", AtomFeed.Write(build.Config.Title.Get(lang, build.Language), home, home + "feed.xml", build.Config.Author, entries));
        }
    }
}
