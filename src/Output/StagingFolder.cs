namespace Site.Output;

/// <summary>
/// The folder one build writes into, beside output/ (same file system, so the swap is a rename).
/// A plain build streams each page into it as soon as the page is rendered (so no page's HTML is
/// held until the end), then <see cref="Commit"/> writes the remaining files and replaces output/
/// in one swap. Disposed without a commit (the build failed, or threw), the folder is deleted and
/// output/ is left byte for byte as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];
    // Created at the first write: a build that fails before rendering creates nothing.
    private readonly Lazy<string> _path;
    private bool _committed;

    public StagingFolder(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _path = new Lazy<string>(() =>
        {
            var staging = $"{_output}.tmp-{_suffix}";
            Directory.CreateDirectory(staging);
            return staging;
        });
    }

    /// <summary>The folder, once something was written into it (tests look inside); null before.</summary>
    internal string? CreatedPath => _path.IsValueCreated ? _path.Value : null;

    /// <summary>Where a file written now will be once the build is committed.</summary>
    public string FinalPath(string relativePath) => Path.Combine(_output, relativePath);

    /// <summary>Writes one page (UTF-8, no byte order mark: the bytes of <see cref="OutputFile.Text"/>); safe from parallel renders.</summary>
    public void WritePage(string relativePath, string html)
    {
        var target = Path.Combine(_path.Value, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Encoded in chunks on the way to the file: no second copy of the page in memory.
        File.WriteAllText(target, html);
    }

    /// <summary>Writes the files not written yet (those <see cref="OutputFile.IsStaged"/> already are), then swaps the folder in for output/.</summary>
    public void Commit(IReadOnlyList<OutputFile> files)
    {
        var staging = _path.Value;
        var retired = $"{_output}.old-{_suffix}";
        var pending = files.Where(f => !f.IsStaged).ToList();
        try
        {
            foreach (var folder in pending.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.RelativePath))!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(folder);
            Parallel.ForEach(pending, file =>
            {
                var target = Path.Combine(staging, file.RelativePath);
                if (file.Content is not null) File.WriteAllBytes(target, file.Content);
                else File.Copy(file.CopyFrom!, target);
            });

            if (Directory.Exists(_output)) Directory.Move(_output, retired);
            Directory.Move(staging, _output);
            _committed = true;
        }
        catch
        {
            // Put the previous output back if the swap got half-way; Dispose drops the staging folder.
            if (!Directory.Exists(_output) && Directory.Exists(retired)) Directory.Move(retired, _output);
            throw;
        }
        TryDelete(retired);
    }

    public void Dispose()
    {
        if (!_committed && _path.IsValueCreated) TryDelete(_path.Value);
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
            // A leftover folder is harmless (git-ignored, named *.old-* or *.tmp-*); a failed build is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
        }
    }
}
