using Site.Content;
using Site.Languages;
using Site.Localization;

namespace Site.Build.Stages;

/// <summary>
/// Configure: site.yml, and what it decides for every later stage: the languages (English at /, every
/// other declared language in its mirrored tree input/&lt;code&gt;/ at /&lt;code&gt;/) and their rules
/// (theme/languages/&lt;code&gt;.yml), the base path, the site's origin, the repository.
/// </summary>
internal static class ConfigureStage
{
    public static void Run(BuildContext build)
    {
        build.Progress.Stage = "parsing";
        var options = build.Options;
        var diagnostics = build.Diagnostics;
        var config = build.Config = SiteConfigParser.Parse(build.Sources.SiteConfig, diagnostics);
        var languages = build.Languages = new SiteLanguages(config.Language, config.Languages);
        build.LanguageRules = LanguageFiles.Load(build.Sources.LanguageFiles, config.LanguagesAt, diagnostics, LanguageBook.Fallback);
        // Parsing a page depends on the languages and their rules: both are part of its cache key.
        build.LanguagesKey = config.Language + "|" + string.Join(",", languages.All) + "|" + build.LanguageRules.Digest;
        build.BasePath = BasePath.Normalize(options.BasePath ?? config.BasePath ?? "/");
        // Absolute URLs (sitemap, feed, canonical links) need the origin; without one they are left out.
        build.SiteUrl = options.SiteUrl is { } origin && SiteOrigin.IsValid(origin) ? SiteOrigin.Normalize(origin) : config.Url;
        build.Repository = options.Repository ?? config.Repository;
        build.Branch = options.Branch ?? config.Branch;
    }
}
