using System.Runtime.InteropServices;

namespace Site.Loading;

/// <summary>
/// Which file a path names, as the kernel knows it: its device and inode. Two paths with the same
/// identity are one folder however they are spelled — through a link, a bind mount, or another case
/// on a case-insensitive file system — which no comparison of path text can see. On Linux it asks
/// statx(2) (the same layout on every architecture, as <see cref="FileKind"/>); elsewhere there is
/// none, and callers fall back on <see cref="RealPath"/>'s text.
/// </summary>
public readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode)
{
    private const int AtFdCwd = -100;
    private const uint StatxIno = 0x100;

    [DllImport("libc", EntryPoint = "statx", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    /// <summary>The identity of what <paramref name="path"/> names after following links, or null (no such file, not Linux).</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256]; // struct statx
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxIno, buffer) != 0) return null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or ArgumentException)
        {
            return null;
        }
        // stx_ino at 32; stx_dev_major and stx_dev_minor at 136 and 140.
        return new FileIdentity(BitConverter.ToUInt32(buffer, 136), BitConverter.ToUInt32(buffer, 140), BitConverter.ToUInt64(buffer, 32));
    }
}
