using System.Runtime.InteropServices;

namespace Site.Output;

/// <summary>
/// A second name for an existing file (link(2), CreateHardLinkW), which .NET does not expose. Used to
/// carry a file the new build would write byte for byte again into the staging folder without
/// writing it (see <see cref="PreviousOutput"/>). Any failure (another file system, one without hard
/// links, a permission) answers false and the caller writes the file as before.
/// </summary>
internal static class HardLink
{
    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("kernel32", EntryPoint = "CreateHardLinkW", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLink(string link, string existing, IntPtr securityAttributes);

    // Set once a call could not be made at all (no such entry point): the rest of the process writes.
    private static volatile bool _unavailable;

    public static bool TryCreate(string existing, string link)
    {
        if (_unavailable) return false;
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLink(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or ArgumentException)
        {
            // ArgumentException: a path libc cannot take (an unpaired surrogate); this file is written instead.
            if (exception is not ArgumentException) _unavailable = true;
            return false;
        }
    }
}
