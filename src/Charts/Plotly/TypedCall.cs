using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.FSharp.Core;

namespace Site.Charts.Plotly;

/// <summary>
/// Calls one of Plotly.NET's typed functions (<c>Marker.init</c>, <c>LinearAxis.init</c>,
/// <c>Trace2DStyle.Bar</c>, …) with named arguments, as F# code would: <c>Marker.init(Color = c, Size = 12)</c>.
/// F#'s optional parameters (<c>?Color</c>) reach C# as required <see cref="FSharpOption{T}"/>
/// parameters, every one of them (LinearAxis.init has 87, Layout.init 74), and Plotly.NET.CSharp
/// wraps the chart functions only, not these. So the arguments come as an anonymous object
/// (<c>new { Color = c, Size = 12 }</c>): each member is passed by its name as <c>Some</c>, every
/// other parameter as <c>None</c>, and the function's generic parameters are read from the values.
/// A member the function has no parameter for, or a value its parameter cannot take, throws at once
/// (FigureBuilderTests build every chart type, so a wrong name fails a test, not a reader's chart).
/// </summary>
// Native AOT (docs/performance.md, "Native AOT"): the functions are found by name, instantiated and called
// by reflection, which the trimmer cannot follow; an AOT build of them drops every property they set
// (measured), so the Pages workflow keeps the composite ReadyToRun publish until these calls are made
// without reflection.
internal static class TypedCall
{
    /// <summary><c>T.init(…)</c>: a Plotly.NET object (Marker, Font, LinearAxis, Layout, …) from its typed parameters.</summary>
    public static T Init<T>(object arguments) => (T)Call(typeof(T), "init", typeof(T), arguments);

    /// <summary>A style function such as <c>Trace2DStyle.Bar(…)</c>, for the object type <typeparamref name="T"/> it styles.</summary>
    public static FSharpFunc<T, T> Style<T>(Type owner, string name, object arguments) => (FSharpFunc<T, T>)Call(owner, name, typeof(T), arguments);

    private static readonly ConcurrentDictionary<(Type, string), MethodInfo> Methods = new();

    private static object Call(Type owner, string name, Type target, object arguments)
    {
        var method = Methods.GetOrAdd((owner, name), key => key.Item1.GetMethod(key.Item2, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"Plotly.NET: {key.Item1.Name} has no function {key.Item2}."));
        var parameters = method.GetParameters();
        var given = new Dictionary<string, object>(StringComparer.Ordinal);
        var bindings = new Dictionary<Type, Type>();
        foreach (var member in arguments.GetType().GetProperties())
        {
            var argument = member.Name;
            var parameter = parameters.FirstOrDefault(p => p.Name == argument)
                ?? throw new InvalidOperationException($"Plotly.NET: {owner.Name}.{name} has no parameter {argument}.");
            // A member that is null is left out (None): `BarMode = grouped ? StyleParam.BarMode.Group : null`.
            if (member.GetValue(arguments) is not { } value) continue;
            given[argument] = value;
            if (!Bind(OptionValueType(parameter), value.GetType(), bindings))
                throw new InvalidOperationException($"Plotly.NET: {owner.Name}.{name}'s {argument} cannot take {value.GetType().Name}.");
        }
        if (method.IsGenericMethodDefinition)
            method = method.MakeGenericMethod(method.GetGenericArguments().Select(g => bindings.TryGetValue(g, out var bound) ? Shared(g, bound) : Unbound(g, target)).ToArray());
        var values = method.GetParameters().Select(p => given.TryGetValue(p.Name!, out var value)
            ? Activator.CreateInstance(p.ParameterType, Fit(p.ParameterType.GetGenericArguments()[0], value)) // Some(value)
            : null).ToArray();                                                                                 // None
        return method.Invoke(null, values)!;
    }

    /// <summary>T of a parameter typed FSharpOption&lt;T&gt;.</summary>
    private static Type OptionValueType(ParameterInfo parameter) =>
        parameter.ParameterType.IsGenericType && parameter.ParameterType.GetGenericTypeDefinition() == typeof(FSharpOption<>)
            ? parameter.ParameterType.GetGenericArguments()[0]
            : throw new InvalidOperationException($"Plotly.NET: {parameter.Member.Name}'s {parameter.Name} is not optional.");

    /// <summary>Matches a parameter's type (maybe generic: 'a, seq&lt;'a&gt;) with a value's type, recording what each generic parameter stands for.</summary>
    private static bool Bind(Type pattern, Type actual, Dictionary<Type, Type> bindings)
    {
        if (pattern.IsGenericParameter)
        {
            if (bindings.TryGetValue(pattern, out var bound)) return bound == actual;
            bindings[pattern] = actual;
            return true;
        }
        if (!pattern.ContainsGenericParameters) return pattern.IsAssignableFrom(actual);
        var definition = pattern.GetGenericTypeDefinition();
        var match = actual.IsGenericType && actual.GetGenericTypeDefinition() == definition ? actual
            : actual.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
        return match is not null && pattern.GetGenericArguments().Zip(match.GetGenericArguments()).All(pair => Bind(pair.First, pair.Second, bindings));
    }

    /// <summary>
    /// A generic parameter a value fixed to a value type (double, int) stands for its constraint
    /// (IConvertible) or object instead: the values are the same once boxed, and Plotly.NET's functions
    /// (Trace2DStyle.Bar has 17 generic parameters) are then compiled once for all reference types rather
    /// than once for each combination of value types, which cost start-up time in every build.
    /// </summary>
    private static Type Shared(Type parameter, Type bound)
    {
        if (!bound.IsValueType) return bound;
        var constraints = parameter.GetGenericParameterConstraints();
        if (constraints.Length == 0) return typeof(object);
        return constraints.Length == 1 && constraints[0].IsInterface && constraints[0].IsAssignableFrom(bound) ? constraints[0] : bound;
    }

    /// <summary>A value as its parameter takes it: a sequence of numbers becomes a sequence of boxed numbers when the parameter is shared (see <see cref="Shared"/>).</summary>
    private static object Fit(Type type, object value)
    {
        if (type.IsInstanceOfType(value)) return value;
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type.GetGenericArguments()[0] : null;
        if (element is null || value is not System.Collections.IEnumerable items) throw new InvalidOperationException($"Plotly.NET: {value.GetType().Name} does not fit {type.Name}.");
        var list = items.Cast<object?>().ToList();
        var array = Array.CreateInstance(element, list.Count);
        for (var i = 0; i < list.Count; i++) array.SetValue(list[i], i);
        return array;
    }

    /// <summary>A generic parameter no argument fixed: the styled object's type, or the constraint itself (IConvertible), or object.</summary>
    private static Type Unbound(Type parameter, Type target)
    {
        var constraints = parameter.GetGenericParameterConstraints();
        if (constraints.Length == 0) return typeof(object);
        if (constraints.All(c => c.IsAssignableFrom(target))) return target;
        return constraints.Length == 1 && constraints[0].IsInterface ? constraints[0] : throw new InvalidOperationException($"Plotly.NET: no type for {parameter.Name}.");
    }
}
