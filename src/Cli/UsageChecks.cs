using Site.Content;

namespace Site.Cli;

/// <summary>Refuses options that cannot work or would destroy files, before anything is read.</summary>
internal static class UsageChecks
{
    public static string? Check(BuildOptions options)
    {
        var input = Path.GetFullPath(options.InputDirectory);
        var theme = Path.GetFullPath(options.ThemeDirectory);
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd('/');
        if (CheckSources(options) is { } problem) return problem;

        // The output folder is replaced as a whole: never let it be, or hold, something else.
        if (File.Exists(output)) return $"--output '{options.OutputDirectory}' is a file, not a folder; choose a folder of its own";
        for (var parent = Path.GetDirectoryName(output); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent)) return $"--output '{options.OutputDirectory}' is inside '{parent}', which is a file; choose a folder of its own";
            if (Directory.Exists(parent)) break;
        }
        foreach (var (name, folder) in new[] { ("input", input), ("theme", theme) })
        {
            if (Overlaps(output, folder)) return $"--output '{options.OutputDirectory}' overlaps the {name} folder; choose a folder of its own";
        }
        if (output == Path.GetFullPath(Directory.GetCurrentDirectory()).TrimEnd('/') || Path.GetPathRoot(output) == output + "/" || output.Length <= 1)
            return $"--output '{options.OutputDirectory}' would replace the working directory or a root; choose a folder of its own";
        if (Directory.Exists(output) && (Directory.Exists(Path.Combine(output, ".git")) || Directory.EnumerateFiles(output, "*.csproj").Any()))
            return $"--output '{options.OutputDirectory}' holds a repository or project, which a build would replace; choose another folder";
        return null;
    }

    /// <summary>What `build` and `check` both need: the folders they read and well-formed URL options.</summary>
    public static string? CheckSources(BuildOptions options)
    {
        if (!Directory.Exists(options.InputDirectory)) return $"the input folder '{options.InputDirectory}' does not exist";
        if (!Directory.Exists(options.ThemeDirectory)) return $"the theme folder '{options.ThemeDirectory}' does not exist";
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
        if (!Directory.Exists(options.ThemeDirectory)) return $"the theme folder '{options.ThemeDirectory}' does not exist";
        if (!System.Net.IPAddress.TryParse(options.Host, out var address)) return $"--host '{options.Host}' is not an IP address (e.g. 127.0.0.1)";
        if (!System.Net.IPAddress.IsLoopback(address))
            Console.Error.WriteLine($"site: warning: --host {options.Host} makes the preview reachable from other machines");
        if (options.Port is < 0 or > 65535) return $"--port {options.Port} is not a port number";
        if (options.BasePath is not null && !BasePath.IsValid(BasePath.Normalize(options.BasePath)))
            return $"--base-path '{options.BasePath}' is not a URL path like /repo/";
        return null;
    }

    private static bool Overlaps(string a, string b)
    {
        var x = a.TrimEnd('/') + "/";
        var y = b.TrimEnd('/') + "/";
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }
}
