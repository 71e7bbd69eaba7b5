using System.Runtime.CompilerServices;

namespace Site.Output;

/// <summary>
/// What a build derives from a page's rendered HTML (its UTF-8 bytes),
/// remembered for as long as that very string lives. A page the preview's cache did not render again
/// is the same string as last time, so an edit costs work for the pages it touched, not for all of
/// them. Keyed by identity, not by text: nothing is compared, nothing outlives its page.
/// </summary>
public static class RenderedPageMemo
{
    private static readonly ConditionalWeakTable<string, byte[]> BytesOf = new();

    /// <summary>The page's UTF-8 bytes; shared between builds, so nobody writes into them.</summary>
    public static byte[] Bytes(string html) => BytesOf.GetValue(html, static text => System.Text.Encoding.UTF8.GetBytes(text));
}
