using Site.Content;
using Site.Output;
using Site.Build;

namespace Site.Cli;

/// <summary>Refuses options that cannot work or would destroy files, before anything is read.</summary>
internal static class UsageChecks
{
    /// <summary>Null when the build may run; <paramref name="realOutput"/> is then where it writes (links followed).</summary>
    public static string? Check(BuildOptions options, out string realOutput)
    {
        realOutput = "";
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd('/');
        if (CheckSources(options) is { } problem) return problem;

        // The output folder is replaced as a whole: never let it be, or hold, something else.
        if (File.Exists(output)) return $"--output '{options.OutputDirectory}' is a file, not a folder; choose a folder of its own";
        for (var parent = Path.GetDirectoryName(output); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent)) return $"--output '{options.OutputDirectory}' is inside '{parent}', which is a file; choose a folder of its own";
            if (Directory.Exists(parent)) break;
        }
        if (OutputGuard.Check("--output", options.OutputDirectory, OutputGuard.Sources(options.InputDirectory, options.ThemeDirectory, options.BaseThemeDirectory), out realOutput) is { } overlap)
            return overlap;
        if (Directory.Exists(realOutput) && (Directory.Exists(Path.Combine(realOutput, ".git")) || Directory.EnumerateFiles(realOutput, "*.csproj").Any()))
            return $"--output '{options.OutputDirectory}' holds a repository or project, which a build would replace; choose another folder";
        return null;
    }

    /// <summary>What `build` and `check` both need: the folders they read and well-formed URL options.</summary>
    public static string? CheckSources(BuildOptions options)
    {
        if (!Directory.Exists(options.InputDirectory)) return $"the input folder '{options.InputDirectory}' does not exist";
        if (MissingTheme(options.ThemeDirectory, options.BaseThemeDirectory)) return $"the theme folder '{options.ThemeDirectory}' does not exist";
        if (options.BasePath is not null && !BasePath.IsValid(BasePath.Normalize(options.BasePath)))
            return $"--base-path '{options.BasePath}' is not a URL path like /repo/";
        if (options.SiteUrl is not null && !SiteOrigin.IsValid(options.SiteUrl))
            return $"--site-url '{options.SiteUrl}' is not a site origin like https://owner.github.io (scheme and host; the path goes in --base-path)";
        if (options.Repository is not null && !EditLink.IsRepositoryUrl(options.Repository))
            return $"--repository '{options.Repository}' is not a repository's http(s) address like https://github.com/owner/name";
        if (options.Branch is not null && !EditLink.IsBranchName(options.Branch))
            return $"--branch '{options.Branch}' is not a git branch name";
        return null;
    }

    public static string? CheckServe(Site.Preview.PreviewOptions options)
    {
        if (!Directory.Exists(options.InputDirectory)) return $"the input folder '{options.InputDirectory}' does not exist";
        if (MissingTheme(options.ThemeDirectory, options.BaseThemeDirectory)) return $"the theme folder '{options.ThemeDirectory}' does not exist";
        if (!System.Net.IPAddress.TryParse(options.Host, out var address)) return $"--host '{options.Host}' is not an IP address (e.g. 127.0.0.1)";
        if (!System.Net.IPAddress.IsLoopback(address))
            Console.Error.WriteLine($"site: warning: --host {options.Host} makes the preview reachable from other machines");
        if (options.Port is < 0 or > 65535) return $"--port {options.Port} is not a port number";
        if (options.BasePath is not null && !BasePath.IsValid(BasePath.Normalize(options.BasePath)))
            return $"--base-path '{options.BasePath}' is not a URL path like /repo/";
        return null;
    }

    /// <summary>
    /// A theme folder is needed unless the installed tool carries the default theme and the site names
    /// no theme of its own (the default "theme"): a new site's theme/ may be empty, or not there at all.
    /// </summary>
    private static bool MissingTheme(string theme, string? baseTheme) =>
        !Directory.Exists(theme) && (baseTheme is null || theme != DefaultThemeOption);

    /// <summary>The --theme option's default value.</summary>
    public const string DefaultThemeOption = "theme";
}
