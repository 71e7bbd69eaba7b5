using System.Text;

namespace Site.Output;

/// <summary>
/// A build's claim on a folder beside output/ (its staging folder, or the previous output it is
/// retiring): a marker file inside it that names the output it belongs to, held open with an
/// exclusive lock for as long as the build owns the folder. A build that is killed (kill -9, a power
/// cut) cannot delete its folders, but the kernel drops its lock, so the next build can prove such a
/// folder is a build's own (the marker names this output) and no longer in use (the lock is free):
/// <see cref="StaleFolders"/> removes it. On Unix .NET takes the lock with flock(2), on Windows the
/// share mode does the same.
/// </summary>
internal sealed class FolderClaim : IDisposable
{
    public const string StagingMarker = ".site-staging";
    public const string RetiredMarker = ".site-retired";

    private readonly FileStream _held;

    private FolderClaim(FileStream held) => _held = held;

    public string MarkerPath => _held.Name;

    /// <summary>Claims <paramref name="folder"/> for the build that writes <paramref name="output"/>; null when the marker cannot be made (the folder is then only not cleaned later).</summary>
    public static FolderClaim? Take(string folder, string marker, string output)
    {
        try
        {
            var stream = new FileStream(Path.Combine(folder, marker), FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(Encoding.UTF8.GetBytes(output + "\n"));
            stream.Flush();
            return new FolderClaim(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="folder"/>'s marker names <paramref name="output"/> and no running build holds it.</summary>
    public static bool IsAbandoned(string folder, string marker, string output)
    {
        var path = Path.Combine(folder, marker);
        try
        {
            if (new FileInfo(path).LinkTarget is not null) return false; // a marker is a plain file, never a link
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            var buffer = new byte[Math.Min(stream.Length, 64 * 1024)];
            stream.ReadExactly(buffer);
            return Encoding.UTF8.GetString(buffer) == output + "\n";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false; // held by a running build, unreadable or missing: not provably ours
        }
    }

    /// <summary>Lets go of the folder and removes the marker, so it is not published with the folder.</summary>
    public void Release()
    {
        var path = _held.Name;
        _held.Dispose();
        try { File.Delete(path); }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException) { }
    }

    public void Dispose() => _held.Dispose();
}
