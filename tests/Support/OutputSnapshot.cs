namespace Site.Tests.Support;

/// <summary>Every file of a folder with its bytes, to compare two builds byte for byte.</summary>
public static class OutputSnapshot
{
    public static SortedDictionary<string, byte[]> Take(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        return files;
    }

    public static void AssertEqual(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Xunit.Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Xunit.Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs between the two builds");
    }
}
