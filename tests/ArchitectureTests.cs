using System.Text.RegularExpressions;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests;

/// <summary>
/// The walls of docs/architecture.md, checked on every file of src/: each library is named (in a
/// using directive or a qualified name) only in its folder, Diagnostics depends on nothing of ours,
/// Output knows nothing of Markdown or templates, and the pipeline knows nothing of the preview or
/// the command line. Comments are stripped first, so prose may name any library.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>
    /// Each library: its namespace prefix (for the text check), the assemblies it comes in (for the IL
    /// check; a name covers its dotted children, "SkiaSharp" also SkiaSharp.HarfBuzz), and the only
    /// places (folders end with '/') whose code may use it.
    /// </summary>
    private static readonly (string Namespace, string[] Assemblies, string[] Allowed)[] Walls =
    [
        ("YamlDotNet", ["YamlDotNet"], ["src/Yaml/"]),
        ("Markdig", ["Markdig"], ["src/Markdown/"]),
        ("Scriban", ["Scriban"], ["src/Templates/"]),
        // Plotly.NET is an F# library on DynamicObj: its objects, F# options and functions stay with it.
        ("Plotly.NET", ["Plotly.NET", "DynamicObj", "FSharp.Core"], ["src/Charts/FigureBuilder.cs", "src/Charts/Plotly/"]),
        ("System.CommandLine", ["System.CommandLine"], ["src/Program.cs"]),
        ("Microsoft.AspNetCore", ["Microsoft.AspNetCore"], ["src/Preview/"]),
        ("AngleSharp", ["AngleSharp"], ["src/Validation/HtmlIds.cs", "src/Validation/IdTree.cs", "src/Validation/ElementFlags.cs", "src/Validation/PageReferences.cs"]),
        ("NUglify", ["NUglify"], ["src/Output/Minifier.cs"]),
        ("SkiaSharp", ["SkiaSharp"], ["src/Sharing/SocialCard.cs"]),
        ("HarfBuzzSharp", ["HarfBuzzSharp"], ["src/Sharing/SocialCard.cs"]),
        ("System.IO.Hashing", ["System.IO.Hashing"], ["src/Sharing/CardPng.cs"]),
    ];

    private static bool IsAllowed(string path, string[] allowed) =>
        allowed.Any(a => a.EndsWith('/') ? path.StartsWith(a, StringComparison.Ordinal) : path == a);

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@?""(?:[^""\\\n]|\\.|"""")*""", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();

    private static IEnumerable<(string Path, string Code)> Sources() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Checkout, "src"), "*.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Repo.Checkout, f).Replace('\\', '/'), CommentsAndStrings().Replace(File.ReadAllText(f), " ")));

    [Fact]
    public void Each_library_is_named_only_in_its_folder()
    {
        var breaches = new List<string>();
        foreach (var (path, code) in Sources())
            foreach (var (name, _, allowed) in Walls)
                if (Regex.IsMatch(code, @"(?<![\w.])" + Regex.Escape(name) + @"\b") && !IsAllowed(path, allowed))
                    breaches.Add($"{path} names {name}, which lives in {string.Join(", ", allowed)}");
        Assert.True(breaches.Count == 0, string.Join("\n", breaches));
    }

    [Theory]
    [InlineData("src/Diagnostics/", new[] { "Site." }, new[] { "Site.Diagnostics" })]
    [InlineData("src/Output/", new[] { "Site.Markdown", "Site.Templates", "Site.Charts" }, new string[0])]
    [InlineData("src/", new[] { "Site.Preview", "Site.Cli" }, new[] { "src/Preview/", "src/Cli/", "src/Program.cs" })]
    public void Pipeline_folders_do_not_reference_what_they_must_not(string folder, string[] forbidden, string[] exceptions)
    {
        var breaches = new List<string>();
        foreach (var (path, code) in Sources().Where(s => s.Path.StartsWith(folder, StringComparison.Ordinal)))
        {
            if (exceptions.Any(e => path.StartsWith(e, StringComparison.Ordinal))) continue;
            foreach (Match reference in Regex.Matches(code, @"(?<![\w.])Site\.[A-Z]\w*"))
                if (forbidden.Any(f => reference.Value.StartsWith(f, StringComparison.Ordinal)) && !exceptions.Contains(reference.Value))
                    breaches.Add($"{path} references {reference.Value}");
        }
        Assert.True(breaches.Count == 0, string.Join("\n", breaches));
    }

    /// <summary>The compiled generator's uses of types, once per run.</summary>
    private static readonly Lazy<TypeGraph> Graph = new(() => TypeGraph.Of(Path.Combine(AppContext.BaseDirectory, "site.dll")));

    /// <summary>A folder of src/ as its namespace's first part under Site ("Site.Markdown.Embeds" → "Markdown"); the root's types are "Site".</summary>
    private static string Folder(string ns) => ns == "Site" ? "Site" : ns.Split('.')[1];

    /// <summary>Whether an assembly is one of a library's: its name or a dotted child of it ("SkiaSharp.HarfBuzz" of "SkiaSharp").</summary>
    private static bool Of(string[] assemblies, string assembly) =>
        assemblies.Any(a => assembly == a || assembly.StartsWith(a + ".", StringComparison.Ordinal));

    /// <summary>A source file of the generator as the PDB names it, relative to the checkout ("src/Charts/FigureBuilder.cs").</summary>
    private static string RepoPath(string file) =>
        (file.StartsWith("/_/", StringComparison.Ordinal) ? file[3..] : Path.GetRelativePath(Repo.Checkout, file)).Replace('\\', '/');

    /// <summary>
    /// The walls as the compiler sees them: every use of a library's types in the compiled generator
    /// (signatures, fields, and every type, method and field a method body names, read from the IL),
    /// placed in the source file that makes it (from the PDB), is in that library's folder. Text search
    /// misses what the compiler fills in: Plotly.NET's DynamicObj reached through an inherited member,
    /// an F# option in a call, a library type behind `var`.
    /// </summary>
    [Fact]
    public void Each_library_s_types_are_used_only_in_its_folder_as_compiled()
    {
        var graph = Graph.Value;
        Assert.True(graph.Files.Count > 100, $"source files known for only {graph.Files.Count} types: is site.pdb beside site.dll?");
        var breaches = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>();
        foreach (var use in graph.Uses)
            foreach (var (name, assemblies, allowed) in Walls)
            {
                if (!Of(assemblies, use.ToAssembly)) continue;
                seen.Add(name);
                var files = graph.FilesOf(use).Select(RepoPath).ToList();
                if (files.Count == 0) breaches.Add($"{use.From} (no source file known) uses {use.To} ({use.ToAssembly}), which lives in {string.Join(", ", allowed)}");
                foreach (var file in files.Where(f => !IsAllowed(f, allowed)))
                    breaches.Add($"{file} uses {use.To} ({use.ToAssembly}), which lives in {string.Join(", ", allowed)}");
            }
        // Each library the generator references is found in use: the check reads the libraries' types, not
        // nothing (HarfBuzzSharp is reached through SkiaSharp.HarfBuzz today, so site.dll does not reference it).
        var referenced = Walls.Where(w => graph.References.Any(r => Of(w.Assemblies, r))).Select(w => w.Namespace);
        Assert.Equal(referenced.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Contains("Plotly.NET", seen);
        Assert.True(breaches.Count == 0, "uses across the walls:\n" + string.Join("\n", breaches));
    }

    /// <summary>
    /// No two folders of src/ depend on each other, however indirectly: the folder graph, read from the
    /// IL (so a use the sources hide, a type reached through var, an extension method or a generic
    /// argument, counts), has no cycle. A failure names every cycle with one use that closes each step.
    /// </summary>
    [Fact]
    public void No_folder_depends_on_itself_through_others()
    {
        var edges = Graph.Value.Uses
            .Where(u => u.FromNamespace.Length > 0 && u.ToNamespace.StartsWith("Site", StringComparison.Ordinal) && u.ToAssembly == "site" && Folder(u.FromNamespace) != Folder(u.ToNamespace))
            .GroupBy(u => (From: Folder(u.FromNamespace), To: Folder(u.ToNamespace)))
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.From, StringComparer.Ordinal).ThenBy(u => u.To, StringComparer.Ordinal).First());
        Assert.True(edges.Count > 20, $"only {edges.Count} uses between folders found: the graph no longer reads the IL");
        var cycles = StronglyConnected(edges.Keys).Where(c => c.Count > 1).ToList();
        var report = string.Join("\n", cycles.Select(cycle => string.Join(", ", cycle) + ": " + string.Join("; ",
            edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
                .OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal)
                .Select(e => $"{e.Key.From} → {e.Key.To} ({e.Value.From} uses {e.Value.To})"))));
        Assert.True(cycles.Count == 0, "folders that depend on each other:\n" + report);
    }

    /// <summary>src/'s root holds the entry point only; everything else is in the folder of what it does.</summary>
    [Fact]
    public void Only_the_entry_point_sits_at_the_root_of_src()
    {
        var loose = Directory.EnumerateFiles(Path.Combine(Repo.Checkout, "src"), "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Program.cs"], loose);
        // Nor is any type declared in the bare namespace Site from a file elsewhere (the entry point has none).
        Assert.DoesNotContain(Graph.Value.Uses, u => u.FromNamespace == "Site");
    }

    /// <summary>Tarjan's strongly connected components of the folder graph, each in name order.</summary>
    private static List<List<string>> StronglyConnected(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(to)) { Visit(to); low[node] = Math.Min(low[node], low[to]); }
                else if (onStack.Contains(to)) low[node] = Math.Min(low[node], index[to]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string popped;
            do { popped = stack.Pop(); onStack.Remove(popped); component.Add(popped); } while (popped != node);
            result.Add(component.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var node in nodes) if (!index.ContainsKey(node)) Visit(node);
        return result;
    }
}
