namespace Site.Output;

/// <summary>
/// The Write stage. Files go to a fresh folder beside output/ (same file system, so the swap is a
/// rename); only when every file is written is the old output/ replaced. A build that fails, or
/// crashes half-way, leaves the previous output/ byte for byte.
/// </summary>
public static class AtomicWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var staging = $"{output}.tmp-{suffix}";
        var retired = $"{output}.old-{suffix}";

        try
        {
            Directory.CreateDirectory(staging);
            var folders = files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.RelativePath))!).Distinct(StringComparer.Ordinal);
            foreach (var folder in folders) Directory.CreateDirectory(folder);
            Parallel.ForEach(files, file =>
            {
                var target = Path.Combine(staging, file.RelativePath);
                if (file.Content is not null) File.WriteAllBytes(target, file.Content);
                else File.Copy(file.CopyFrom!, target);
            });

            if (Directory.Exists(output)) Directory.Move(output, retired);
            Directory.Move(staging, output);
        }
        catch
        {
            // Put the previous output back if the swap got half-way, and drop the staging folder.
            if (!Directory.Exists(output) && Directory.Exists(retired)) Directory.Move(retired, output);
            TryDelete(staging);
            throw;
        }
        TryDelete(retired);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (!Directory.Exists(directory)) return;
            // One folder per page: they are deleted in parallel (at 5,000 pages one recursive delete was ~8% of the build).
            Parallel.ForEach(Directory.EnumerateDirectories(directory), folder => Directory.Delete(folder, recursive: true));
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder is harmless (git-ignored, named *.old-*); a failed build is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
        }
    }
}
