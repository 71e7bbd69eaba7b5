namespace Site.Diagnostics;

/// <summary>
/// One code of the catalog (<see cref="Codes"/>): its severity, the stage that reports it, the form
/// of its message and the help docs/diagnostics.md prints for it. A call site reports with a code,
/// never with a severity of its own, so what a user reads always agrees with the documentation.
/// </summary>
/// <param name="Id">What the user reads: letters naming the area, then three digits (PAGE003).</param>
/// <param name="Severity">How it is reported; --strict may raise it (<see cref="ErrorWithStrict"/>).</param>
/// <param name="Message">The shape of the message, its variable parts in braces (the call site writes the words).</param>
/// <param name="Help">What it means and how to fix it, in Markdown.</param>
public sealed record DiagnosticCode(string Id, Severity Severity, DiagnosticStage Stage, string Message, string Help)
{
    /// <summary>A warning or note that --strict reports as an error (a translation not yet complete).</summary>
    public bool ErrorWithStrict { get; init; }

    /// <summary>
    /// When this error code is also reported as a warning (Scriban's parser warnings keep the code of
    /// the template they are about); null when it never is.
    /// </summary>
    public string? AlsoWarning { get; init; }

    /// <summary>This code at warning severity, which only a code with <see cref="AlsoWarning"/> allows.</summary>
    public DiagnosticCode AsWarning => AlsoWarning is not null
        ? this with { Severity = Severity.Warning }
        : throw new InvalidOperationException($"the catalog does not let {Id} be a warning (src/Diagnostics/Codes.cs)");

    public override string ToString() => Id;
}
