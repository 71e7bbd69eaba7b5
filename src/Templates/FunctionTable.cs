using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Site.Templates;

/// <summary>
/// The object that holds our template functions (<see cref="TemplateFunctions"/>). Scriban keeps
/// its checks of the arguments (count, conversions, their error messages), but calls each function
/// through its method, not <c>Delegate.DynamicInvoke</c>, which looks the delegate's Invoke method
/// up again on every call: at 5,000 pages, with about forty calls per page (t, asset, json…), that
/// lookup alone was an eighth of the build's CPU time.
/// </summary>
public sealed class FunctionTable : ScriptObject
{
    /// <summary>Hides Scriban's <c>Import</c> extension (which also builds a throwaway TemplateContext per function).</summary>
    public void Import(string member, Delegate function) => SetValue(member, new DirectFunction(function), readOnly: true);

    private sealed class DirectFunction(Delegate function) : DelegateCustomFunction(function)
    {
        private readonly MethodInfo _method = function.Method;
        private readonly object? _target = function.Target;

        // Like DynamicInvoke, Invoke wraps what the function throws in a TargetInvocationException,
        // which Scriban unwraps: errors and bugs surface exactly as before.
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            _method.Invoke(_target, arguments);
    }
}
