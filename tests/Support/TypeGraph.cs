using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Site.Tests.Support;

/// <summary>
/// Which types of the compiled generator use which types, read from its IL (Mono.Cecil): signatures,
/// fields, base types, attributes, and every type, method and field a method body names. Text
/// search over the sources misses what the compiler fills in (a library's type reached through
/// `var`, an extension method, a generic argument); the IL holds them all. Compiler-generated types
/// (lambdas, iterators, async state machines) count as the type that declared them. With the
/// generator's PDB beside it, each use also knows the source file it was written in (the file of the
/// method that makes it; a signature's use, the files of its type).
/// </summary>
public sealed class TypeGraph
{
    /// <summary>
    /// A use: the using type (full name, our own; the top-level program's types have no namespace), the
    /// used type's namespace and assembly, and the source file that makes the use (full path, from the
    /// PDB; null for a use in a type's signature, which its files all share).
    /// </summary>
    public sealed record Use(string From, string FromNamespace, string To, string ToNamespace, string ToAssembly, string? FromFile = null);

    public IReadOnlyList<Use> Uses { get; }

    /// <summary>Each of our types (full name) and the source files its methods are written in (full paths, from the PDB).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Files { get; }

    /// <summary>The assemblies the generator references (names).</summary>
    public IReadOnlySet<string> References { get; }

    private TypeGraph(IReadOnlyList<Use> uses, IReadOnlyDictionary<string, IReadOnlySet<string>> files, IReadOnlySet<string> references) =>
        (Uses, Files, References) = (uses, files, references);

    /// <summary>Where a use was written: its own file, or else every file of the type that makes it.</summary>
    public IReadOnlySet<string> FilesOf(Use use) =>
        use.FromFile is not null ? new HashSet<string> { use.FromFile } : Files.GetValueOrDefault(use.From) ?? new HashSet<string>();

    public static TypeGraph Of(string assemblyPath)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assemblyPath)!);
        var symbols = File.Exists(Path.ChangeExtension(assemblyPath, ".pdb"));
        using var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { AssemblyResolver = resolver, ReadSymbols = symbols });
        var uses = new HashSet<Use>();
        var files = new Dictionary<string, HashSet<string>>();
        foreach (var type in module.GetTypes())
        {
            var owner = Owner(type);
            if (owner.FullName == "<Module>") continue;
            string? file = null; // the file of the method being read, null for the type's signature
            void Add(TypeReference? used)
            {
                foreach (var part in Parts(used))
                {
                    var target = part.Resolve() is { } definition && definition.Module == module ? Owner(definition) : part.GetElementType();
                    var ns = Namespace(target);
                    if (target.FullName == owner.FullName || ns.Length == 0) continue;
                    uses.Add(new Use(owner.FullName, owner.Namespace, target.FullName, ns, Assembly(target, module), file));
                }
            }
            Add(type.BaseType);
            foreach (var i in type.Interfaces) Add(i.InterfaceType);
            foreach (var a in type.CustomAttributes) Add(a.AttributeType);
            foreach (var f in type.Fields) Add(f.FieldType);
            foreach (var p in type.Properties) Add(p.PropertyType);
            foreach (var method in type.Methods)
            {
                file = method.DebugInformation.HasSequencePoints ? method.DebugInformation.SequencePoints[0].Document.Url : null;
                if (file is not null)
                {
                    if (!files.TryGetValue(owner.FullName, out var known)) files[owner.FullName] = known = [];
                    known.Add(file);
                }
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
        return new TypeGraph(uses.ToList(), files.ToDictionary(f => f.Key, f => (IReadOnlySet<string>)f.Value), module.AssemblyReferences.Select(r => r.Name).ToHashSet());
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
