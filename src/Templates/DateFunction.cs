using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Templates;

/// <summary>
/// <c>date "2026-06-15"</c>: a date in the page's language. It takes the name of Scriban's <c>date</c>
/// object, so <c>date.now</c> calls it without a date: that gets its own message (the clock is not
/// available, and why) instead of Scriban's "invalid number of arguments".
/// </summary>
internal sealed class DateFunction(Func<string, string> format) : IScriptCustomFunction
{
    public int RequiredParameterCount => 0;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "iso");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count == 0)
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                "date needs a date (date \"2026-06-15\", date page.updated); the clock (date.now, date.utc_now) is not available: a build must give the same pages whenever it runs");
        var iso = arguments[0] is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
        return TemplateFunctions.Ours(() => iso is null ? "" : format(iso));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
