using System.Buffers;
using System.Collections.Concurrent;

namespace Site.Output;

/// <summary>
/// The output/ a build is about to replace, as a source of files it would write byte for byte again.
/// Such a file is hard-linked into the staging folder instead of written: on the machine we measure,
/// creating, filling and later deleting a thousand page files can cost as much as rendering them
/// (docs/performance.md), and a link is one metadata operation that frees no blocks when the old tree goes. The live output/ is
/// only read, never changed, so a failed build still leaves it byte for byte as it was; the staging
/// folder's files are created new (<see cref="FileMode.CreateNew"/>), never written through a link.
/// An unchanged file keeps its inode and its modification time across builds. Where anything is
/// unsure (no such file, a symbolic link, another size, other bytes, no hard links) the file is
/// written as before.
/// </summary>
internal sealed class PreviousOutput(string outputDirectory)
{
    private readonly bool _exists = Directory.Exists(outputDirectory);
    // Per folder of the previous output: whether it is reached without a link. A folder that is a
    // link (say output/data → input/data) leads out of output/, and nothing is taken from it.
    private readonly ConcurrentDictionary<string, bool> _plainFolders = new(StringComparer.Ordinal);

    /// <summary>Puts <paramref name="content"/> at <paramref name="target"/>: linked from the previous output when that holds it, else written.</summary>
    public void LinkOrWrite(string relativePath, ReadOnlySpan<byte> content, string target)
    {
        if (!TryReuse(relativePath, content, target)) WriteNew(target, content);
    }

    /// <summary>Puts a copy of <paramref name="source"/> at <paramref name="target"/>: linked from the previous output when that holds its bytes, else copied.</summary>
    public void LinkOrCopy(string relativePath, string source, string target)
    {
        if (!TryReuseCopy(relativePath, source, target)) File.Copy(source, target);
    }

    /// <summary>Links the previous build's file at <paramref name="relativePath"/> to <paramref name="target"/> when it holds exactly <paramref name="content"/>.</summary>
    private bool TryReuse(string relativePath, ReadOnlySpan<byte> content, string target)
    {
        if (Unchanged(relativePath, content.Length) is not { } previous) return false;
        // A big file gets a buffer of its own (the shared pool would keep a power of two above its size for good).
        var pooled = content.Length < 1 << 20;
        var buffer = pooled ? ArrayPool<byte>.Shared.Rent(Math.Max(1, content.Length)) : new byte[content.Length];
        try
        {
            return ReadAll(previous, buffer.AsSpan(0, content.Length)) && buffer.AsSpan(0, content.Length).SequenceEqual(content)
                && HardLink.TryCreate(previous, target);
        }
        finally
        {
            if (pooled) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Links the previous build's copy of <paramref name="source"/> to <paramref name="target"/> when its bytes are the source's.</summary>
    private bool TryReuseCopy(string relativePath, string source, string target)
    {
        long length;
        try { length = new FileInfo(source).Length; }
        catch (IOException) { return false; }
        if (Unchanged(relativePath, length) is not { } previous) return false;
        var sourceBuffer = ArrayPool<byte>.Shared.Rent(Chunk);
        var previousBuffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            using var sourceHandle = File.OpenHandle(source);
            using var previousHandle = File.OpenHandle(previous);
            for (long offset = 0; offset < length; offset += Chunk)
            {
                var size = (int)Math.Min(Chunk, length - offset);
                if (!ReadAll(sourceHandle, sourceBuffer.AsSpan(0, size), offset) || !ReadAll(previousHandle, previousBuffer.AsSpan(0, size), offset)
                    || !sourceBuffer.AsSpan(0, size).SequenceEqual(previousBuffer.AsSpan(0, size))) return false;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sourceBuffer);
            ArrayPool<byte>.Shared.Return(previousBuffer);
        }
        return HardLink.TryCreate(previous, target);
    }

    private const int Chunk = 1 << 16;

    /// <summary>The previous file's path when it is a regular file (not a link to elsewhere) of <paramref name="length"/> bytes.</summary>
    private string? Unchanged(string relativePath, long length)
    {
        if (!_exists) return null;
        var path = Path.Combine(outputDirectory, relativePath);
        if (!IsPlainFolder(Path.GetDirectoryName(relativePath) ?? "")) return null;
        try
        {
            var info = new FileInfo(path);
            return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0 && info.Length == length ? path : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether every folder from output/ down to <paramref name="relativeFolder"/> is a folder, not a link.</summary>
    private bool IsPlainFolder(string relativeFolder)
    {
        if (relativeFolder.Length == 0) return true;
        return _plainFolders.GetOrAdd(relativeFolder, folder =>
        {
            if (!IsPlainFolder(Path.GetDirectoryName(folder) ?? "")) return false;
            try
            {
                var info = new DirectoryInfo(Path.Combine(outputDirectory, folder));
                return info.Exists && info.LinkTarget is null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        });
    }

    private static bool ReadAll(string path, Span<byte> buffer)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            return ReadAll(handle, buffer, 0);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        while (buffer.Length > 0)
        {
            var read = RandomAccess.Read(handle, buffer, offset);
            if (read == 0) return false;
            buffer = buffer[read..];
            offset += read;
        }
        return true;
    }

    /// <summary>Writes <paramref name="content"/> to a file that must not exist yet: a staged file is never written through a link into output/.</summary>
    private static void WriteNew(string target, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
    }
}
