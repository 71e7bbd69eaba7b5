namespace Site.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
