using Site.Output;
using Site.Schemas;

namespace Site.Build.Outputs;

/// <summary>The editors' JSON Schemas, published so that other repositories and tools can point at them.</summary>
internal sealed class Schemas : GeneratedOutput
{
    public override IEnumerable<string> Paths(BuildContext build) => SchemaGenerator.FileNames().Select(name => $"{SchemaGenerator.Folder}/{name}");

    public override IEnumerable<OutputFile> Files(BuildContext build) =>
        SchemaGenerator.All().Select(s => OutputFile.Text($"{SchemaGenerator.Folder}/{s.FileName}", s.Json));
}
