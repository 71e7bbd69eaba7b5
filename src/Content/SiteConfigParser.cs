using Site.Diagnostics;
using Site.Formats;
using Site.Localization;
using Site.Yaml;

namespace Site.Content;

/// <summary>Reads input/site.yml. A missing file is allowed (defaults); a broken one is located.</summary>
public static class SiteConfigParser
{
    private static readonly string[] Keys = FormatCatalog.Site.KeyNames;

    public static SiteConfig Parse(SourceFile? file, DiagnosticBag diagnostics)
    {
        if (file is null) return SiteConfig.Default;
        var root = YamlReader.Parse(new YamlReader.Fragment(file, file.Text), Codes.SITE001, diagnostics, out var failed);
        if (failed) return SiteConfig.Default;
        if (root is not YMap map)
        {
            diagnostics.Report(root?.Location ?? file.At(1, 1), Codes.SITE001, "site.yml must be a mapping of keys (title: ..., language: ...)");
            return SiteConfig.Default;
        }

        // The default language must be known before localized fields are read.
        var languageNode = map.Get("language") as YScalar;
        var language = languageNode?.Value ?? "en";
        var fields = new YamlFields(map, Codes.SITE001, diagnostics, language);
        fields.RejectUnknownKeys("site.yml", Keys);

        var languages = new List<string>();
        var languagesAt = new List<(string, SourceLocation)>();
        foreach (var node in fields.List("languages") ?? [])
        {
            if (node is YScalar { Value.Length: 2 } code)
            {
                languages.Add(code.Value);
                languagesAt.Add((code.Value, code.Location));
            }
            else diagnostics.Report(node.Location, Codes.SITE001, $"a language must be a two-letter code, not {node.Describe()}");
        }
        if (languages.Count == 0)
        {
            languages.Add(language);
            languagesAt.Add((language, languageNode?.Location ?? file.At(1, 1)));
        }
        else if (!languages.Contains(language))
            diagnostics.Report(languageNode?.Location ?? map.Location, Codes.SITE001, $"the default language '{language}' is not in 'languages'");

        var basePath = fields.String("base_path");
        if (basePath is not null && !BasePath.IsValid(basePath))
            diagnostics.Report(map.Get("base_path")!.Location, Codes.SITE001, $"base_path must start and end with '/' (e.g. /repo/), not '{basePath}'");

        var url = fields.String("url");
        if (url is not null && !SiteOrigin.IsValid(url))
            diagnostics.Report(map.Get("url")!.Location, Codes.SITE001, $"url must be the site's origin, like https://owner.github.io (scheme and host; the path goes in base_path), not '{url}'");

        var repository = fields.String("repository");
        if (repository is not null && !EditLink.IsRepositoryUrl(repository))
            diagnostics.Report(map.Get("repository")!.Location, Codes.SITE001, $"repository must be the repository's http(s) address (e.g. https://github.com/owner/name), not '{repository}'");
        var branch = fields.String("branch");
        if (branch is not null && !EditLink.IsBranchName(branch))
            diagnostics.Report(map.Get("branch")!.Location, Codes.SITE001, $"branch must be a git branch name (e.g. main), not '{branch}'");

        var nav = new List<NavEntry>();
        foreach (var node in fields.List("nav") ?? [])
        {
            if (node is YScalar entry) nav.Add(new NavEntry(entry.Value, entry.Location));
            else diagnostics.Report(node.Location, Codes.SITE001, $"a nav entry must be a page's source path (e.g. pillars/compute.md), not {node.Describe()}");
        }

        return new SiteConfig(
            fields.Localized("title", required: true) ?? LocalizedText.Plain(language, "Site"),
            fields.Localized("description"),
            language,
            languages,
            basePath,
            url is not null && SiteOrigin.IsValid(url) ? SiteOrigin.Normalize(url) : null,
            fields.String("author"),
            fields.String("publisher"),
            fields.String("license"),
            repository is not null && EditLink.IsRepositoryUrl(repository) ? repository.TrimEnd('/') : null,
            branch is not null && EditLink.IsBranchName(branch) ? branch : null,
            nav)
        { LanguagesAt = languagesAt };
    }
}
