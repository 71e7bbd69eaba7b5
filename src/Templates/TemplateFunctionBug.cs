namespace Site.Templates;

/// <summary>
/// An exception thrown inside one of our template functions: a bug in the generator, never the
/// author's mistake. Scriban wraps it in a runtime error; the renderer unwraps it and lets it reach
/// the command line as an internal error (exit 3, stack trace on stderr).
/// </summary>
public sealed class TemplateFunctionBug(Exception inner)
    : Exception($"a template function failed: {inner.GetType().Name}: {inner.Message}", inner);
