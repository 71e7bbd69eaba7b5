using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Site.Diagnostics;
using Site.Tracking;

namespace Site.Templates;

/// <summary>
/// A Scriban context for one render at a time. It carries where diagnostics go, so that template functions
/// (figure, asset, …) report located errors and rendering goes on instead of stopping at the first.
/// </summary>
public sealed class SiteTemplateContext : TemplateContext
{
    private readonly IReadOnlyDictionary<string, SourceFile> _files;

    // Scriban's default constructor deep-copies every builtin function object, per context; a page
    // needs two or three contexts. One copy per thread is enough: templates cannot write to it.
    private static readonly ThreadLocal<Scriban.Functions.BuiltinFunctions> Builtins = new(SandboxedBuiltins.Create);

    /// <summary>
    /// Iterations of all loops of one render together. Scriban's LoopLimit bounds each loop alone,
    /// so two nested loops could still run 10^10 times; this bounds the render, deterministically.
    /// </summary>
    public const int TotalLoopLimit = 2_000_000;

    private int _iterations;

    public SiteTemplateContext(IReadOnlyDictionary<string, SourceFile> files)
        : base(Builtins.Value!)
    {
        _files = files;
        // Loops and recursion are bounded: a template mistake must fail the build, not hang it.
        LoopLimit = 100_000;
        RecursiveLimit = 64;
        ObjectRecursionLimit = 64;
        // Scriban cuts any value it writes at 1 MB by default: a long page's content would be
        // silently truncated in its layout. 64 MB is far above any page and still bounded.
        LimitToString = 64 * 1024 * 1024;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
        MemberRenamer = member => member.Name;
        // Numbers and dates that builtins format must not follow the machine's locale.
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Where this render's diagnostics and the tables it reads are recorded.</summary>
    public PageScope Scope { get; private set; } = null!;

    /// <summary>Starts a render for <paramref name="scope"/>: a context is reused by the renders of one thread (TemplateRenderer).</summary>
    public void Begin(PageScope scope)
    {
        Scope = scope;
        _iterations = 0;
    }

    /// <summary>Maps a Scriban span (file name + 0-based position) to the user's file and 1-based position.</summary>
    public SourceLocation Locate(SourceSpan span) => Locate(_files, span);

    public static SourceLocation Locate(IReadOnlyDictionary<string, SourceFile> files, SourceSpan span)
    {
        var file = span.FileName is not null && files.TryGetValue(span.FileName, out var known)
            ? known
            : new SourceFile(span.FileName ?? "<template>", span.FileName ?? "<template>", span.FileName ?? "<template>", "");
        // Scriban gives no line (-1) for what it finds missing at the end of the text, e.g. an unclosed ')':
        // the end of the file is where the reader has to look.
        return span.Start.Line < 0 || span.Start.Column < 0 ? EndOf(file) : file.At(span.Start.Line + 1, span.Start.Column + 1);
    }

    /// <summary>Just after the last character of the file (line and column of its last line).</summary>
    private static SourceLocation EndOf(SourceFile file)
    {
        var text = file.Text.TrimEnd('\n');
        var lastBreak = text.LastIndexOf('\n');
        var line = text.Count(c => c == '\n') + 1;
        return file.At(line, text.Length - lastBreak);
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (++_iterations > TotalLoopLimit)
            throw new ScriptRuntimeException(loop.Span, $"the loops of this template ran more than {TotalLoopLimit:N0} times in one page; a template must not loop without end");
        return base.OnStepLoop(loop);
    }

    public void Report(SourceSpan span, DiagnosticCode code, string message, string? followsFrom = null) =>
        Scope.Diagnostics.Report(Locate(span), code, message, followsFrom);
}
