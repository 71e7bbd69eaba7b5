using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Site.Templates;

/// <summary>
/// The object that holds our template functions (<see cref="TemplateFunctions"/>). Scriban keeps
/// its checks of the arguments (count, conversions, their error messages), but each function is
/// called as the typed delegate it is, not by reflection: <c>Delegate.DynamicInvoke</c> looked the
/// delegate's Invoke method up on every call (an eighth of the build's CPU time at 5,000 pages, about
/// forty calls a page), and <c>MethodInfo.Invoke</c> still checked and copied every argument.
/// </summary>
public sealed class FunctionTable : ScriptObject
{
    public void Import<T1, TResult>(string member, Func<T1, TResult> function) =>
        Add(member, function, arguments => function(Arg<T1>(arguments[0])));

    public void Import<T1, T2, T3, TResult>(string member, Func<T1, T2, T3, TResult> function) =>
        Add(member, function, arguments => function(Arg<T1>(arguments[0]), Arg<T2>(arguments[1]), Arg<T3>(arguments[2])));

    public void Import<T1, T2, T3, T4, TResult>(string member, Func<T1, T2, T3, T4, TResult> function) =>
        Add(member, function, arguments => function(Arg<T1>(arguments[0]), Arg<T2>(arguments[1]), Arg<T3>(arguments[2]), Arg<T4>(arguments[3])));

    public void Import<T1, T2, T3, T4, T5, TResult>(string member, Func<T1, T2, T3, T4, T5, TResult> function) =>
        Add(member, function, arguments => function(Arg<T1>(arguments[0]), Arg<T2>(arguments[1]), Arg<T3>(arguments[2]), Arg<T4>(arguments[3]), Arg<T5>(arguments[4])));

    // Scriban passes the context and the span in the places the delegate's parameters ask for them
    // (as it did for MethodInfo.Invoke); Scriban hides Import, which built a throwaway TemplateContext per function.
    private void Add(string member, Delegate function, Func<object?[], object?> call) =>
        SetValue(member, new DirectFunction(function, call), readOnly: true);

    /// <summary>
    /// A global built the first time a template reads it, not before: <c>data</c> holds every row of
    /// every table as template objects (three per row: a 200,000-row table made 250 MB of them, and
    /// 1.2 GB of allocations, docs/performance.md "Memory"), and most sites never read it. A template
    /// that reads it gets the same object, built once for every thread. Only for builds that do not
    /// record reads: <see cref="ModelReads.Roots"/> lists the globals as they are stored.
    /// </summary>
    public void Defer(string member, Func<object> build) =>
        SetValue(member, new Deferred(new Lazy<object>(build, LazyThreadSafetyMode.ExecutionAndPublication)), readOnly: true);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        if (value is Deferred deferred) value = deferred.Value.Value;
        return found;
    }

    private sealed record Deferred(Lazy<object> Value);

    /// <summary>An argument as reflection would pass it: null becomes the default of a value type.</summary>
    private static T Arg<T>(object? value) => value is null ? default! : (T)value;

    private sealed class DirectFunction(Delegate function, Func<object?[], object?> call) : DelegateCustomFunction(function)
    {
        // What the function throws reaches Scriban as it did from MethodInfo.Invoke once Scriban
        // unwrapped it: the same exception object, so errors and bugs surface exactly as before.
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) => call(arguments);
    }
}
