using Site.Cli;
using Site.Build;

namespace Site.Tests.Support;

/// <summary>
/// The `build` command's steps run inside the test process, as src/Program.cs runs them: the usage
/// checks, <see cref="SiteBuilder.Build"/> (which swaps output/ only when no error), and every
/// diagnostic printed as <c>Diagnostic.ToString()</c>; exit 2, 1, 0, or 3 when the build throws
/// (Program prints the stack then). No process start and no JIT per build: a real process costs a
/// second of CPU before its first line. What only a process shows (the exit code as the shell sees
/// it, stderr, the summary line) is checked by the tests that run <see cref="SiteProcess"/>.
/// The display root is given, as a process's working directory would be.
/// </summary>
public static class InProcessBuild
{
    /// <param name="Printed">What Program would print on stderr before its summary line: usage problem or diagnostics.</param>
    /// <param name="Bug">The exception a build threw (Program's exit 3 with the stack), or null.</param>
    public sealed record Result(int ExitCode, IReadOnlyList<string> Printed, Exception? Bug);

    public static Result Run(BuildOptions options)
    {
        if (UsageChecks.Check(options, out var realOutput) is { } problem) return new Result(2, ["site: " + problem], null);
        try
        {
            var result = SiteBuilder.Build(options with { OutputDirectory = realOutput });
            return new Result(result.Succeeded ? 0 : 1, result.Diagnostics.Select(d => d.ToString()).ToList(), null);
        }
        catch (Exception exception)
        {
            return new Result(3, [], exception);
        }
    }
}
