using System.Runtime.InteropServices;

namespace Site.Loading;

/// <summary>
/// Whether a path is a regular file. A FIFO, socket or device in input/ would make a read (or the
/// copy to output/) wait forever; .NET does not expose the file type, so on Linux we ask statx(2),
/// whose layout is the same on every architecture. Elsewhere every file counts as regular.
/// </summary>
public static class FileKind
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const ushort TypeMask = 0xF000;
    private const ushort Regular = 0x8000;

    [DllImport("libc", EntryPoint = "statx", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux()) return true;
        var buffer = new byte[256]; // struct statx is 256 bytes
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0) return true; // let the read report it
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return true; // a libc without statx (before glibc 2.28): keep the old behaviour
        }
        var mode = BitConverter.ToUInt16(buffer, 28); // stx_mode, after mask, blksize, attributes, nlink, uid, gid
        return (mode & TypeMask) == Regular;
    }
}
