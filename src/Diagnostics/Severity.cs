namespace Site.Diagnostics;

public enum Severity
{
    Warning,
    Error,
    /// <summary>Not a problem, something to do: text still waiting for its translation (I18N005). Never fails a build, except with --strict.</summary>
    Note,
}
