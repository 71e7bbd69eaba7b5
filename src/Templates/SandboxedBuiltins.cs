using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Templates;

/// <summary>
/// Scriban's builtin objects (date, string, math…) as templates see them: read-only, so that no
/// template can change how a page rendered later formats its dates (<c>date.format = …</c> fails
/// with a located error), and without the clock, so that output depends only on the input.
/// </summary>
public static class SandboxedBuiltins
{
    /// <summary>Builtins that would put the time of the build into a page.</summary>
    private static readonly string[] ClockFunctions = ["now", "utc_now"];

    public static BuiltinFunctions Create()
    {
        var builtins = new BuiltinFunctions();
        if (builtins["date"] is ScriptObject date)
        {
            foreach (var name in ClockFunctions)
            {
                date.Remove(name);
                // What ScriptObject.Import(name, delegate) does, without its reflection over the delegate's
                // method (RequiresUnreferencedCode: a Native AOT publish warns, docs/performance.md).
                date.SetValue(name, new DelegateCustomFunction(new Func<TemplateContext, SourceSpan, object>((_, span) =>
                    throw new ScriptRuntimeException(span, $"date.{name} is not available: a build must not depend on when it runs; write the date, or use page.date / page.updated"))), readOnly: true);
            }
        }
        if (builtins["object"] is ScriptObject objects)
        {
            // Scriban's hands values to System.Text.Json's reflection, which the Native AOT build has not (TemplateJson).
            objects.Remove("to_json");
            objects.SetValue("to_json", new DelegateCustomFunction(new Func<TemplateContext, object?, string>(TemplateJson.Write)), readOnly: true);
        }
        foreach (var value in builtins.Values.OfType<ScriptObject>()) value.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }
}
