using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Site.Tests.Support;

/// <summary>
/// Which types of the compiled generator use which types, read from its IL (Mono.Cecil): signatures,
/// fields, base types, attributes, and every type, method and field a method body names. Text
/// search over the sources misses what the compiler fills in (a library's type reached through
/// `var`, an extension method, a generic argument); the IL holds them all. Compiler-generated types
/// (lambdas, iterators, async state machines) count as the type that declared them.
/// </summary>
public sealed class TypeGraph
{
    /// <summary>A use: the using type (full name, our own), and the used type's namespace and assembly.</summary>
    public sealed record Use(string From, string FromNamespace, string To, string ToNamespace, string ToAssembly);

    public IReadOnlyList<Use> Uses { get; }

    private TypeGraph(IReadOnlyList<Use> uses) => Uses = uses;

    public static TypeGraph Of(string assemblyPath)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assemblyPath)!);
        using var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { AssemblyResolver = resolver });
        var uses = new HashSet<Use>();
        foreach (var type in module.GetTypes())
        {
            var owner = Owner(type);
            if (owner.Namespace.Length == 0) continue; // <Module>, the top-level program's own class
            void Add(TypeReference? used)
            {
                foreach (var part in Parts(used))
                {
                    var target = part.Resolve() is { } definition && definition.Module == module ? Owner(definition) : part.GetElementType();
                    var ns = Namespace(target);
                    if (target.FullName == owner.FullName || ns.Length == 0) continue;
                    uses.Add(new Use(owner.FullName, owner.Namespace, target.FullName, ns, Assembly(target, module)));
                }
            }
            Add(type.BaseType);
            foreach (var i in type.Interfaces) Add(i.InterfaceType);
            foreach (var a in type.CustomAttributes) Add(a.AttributeType);
            foreach (var f in type.Fields) Add(f.FieldType);
            foreach (var p in type.Properties) Add(p.PropertyType);
            foreach (var method in type.Methods)
            {
                Add(method.ReturnType);
                foreach (var p in method.Parameters) Add(p.ParameterType);
                foreach (var a in method.CustomAttributes) Add(a.AttributeType);
                if (!method.HasBody) continue;
                foreach (var v in method.Body.Variables) Add(v.VariableType);
                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t: Add(t); break;
                        case MethodReference m:
                            Add(m.DeclaringType);
                            Add(m.ReturnType);
                            foreach (var p in m.Parameters) Add(p.ParameterType);
                            if (m is GenericInstanceMethod g) foreach (var arg in g.GenericArguments) Add(arg);
                            break;
                        case FieldReference f: Add(f.DeclaringType); Add(f.FieldType); break;
                    }
                }
            }
        }
        return new TypeGraph(uses.ToList());
    }

    /// <summary>A type and the types it is made of: element types, generic arguments.</summary>
    private static IEnumerable<TypeReference> Parts(TypeReference? type)
    {
        if (type is null || type is GenericParameter) yield break;
        if (type is TypeSpecification specification)
        {
            if (type is GenericInstanceType generic)
                foreach (var argument in generic.GenericArguments)
                    foreach (var part in Parts(argument)) yield return part;
            foreach (var part in Parts(specification.ElementType)) yield return part;
            yield break;
        }
        yield return type;
    }

    /// <summary>The type a reader would name: the outermost declaring type (nested and compiler-generated types count as it).</summary>
    private static TypeReference Owner(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    private static string Namespace(TypeReference type) => Owner(type).Namespace;

    private static string Assembly(TypeReference type, ModuleDefinition module) => type.Scope switch
    {
        AssemblyNameReference name => name.Name,
        ModuleDefinition m => m.Assembly.Name.Name,
        _ => module.Assembly.Name.Name,
    };
}
