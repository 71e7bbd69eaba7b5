using Site.Loading;

namespace Site.Build.Stages;

/// <summary>Load: reads every file of input/ and theme/ (over the tool's default theme, if any) once.</summary>
internal static class LoadStage
{
    public static void Run(BuildContext build)
    {
        var options = build.Options;
        build.Sources = SourceLoader.Load(build.InputRoot, Path.GetFullPath(options.ThemeDirectory), build.DisplayRoot, build.Diagnostics, build.Reuse,
            options.BaseThemeDirectory is { } baseTheme ? Path.GetFullPath(baseTheme) : null);
    }
}
