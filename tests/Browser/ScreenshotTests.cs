using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>
/// A screenshot of the home page in the light and dark themes comes out whole, at the viewport's size.
/// It is written to a temporary folder only: a test run never writes into docs/ (README's
/// screenshots are taken by an explicit command).
/// </summary>
[Collection("browser charts")]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("light", ColorScheme.Light)]
    [InlineData("dark", ColorScheme.Dark)]
    public async Task The_home_page_screenshot_comes_out_whole(string name, ColorScheme scheme)
    {
        using var temp = new TempDirectory();
        var target = temp.Combine($"home-{name}.png");

        await using var visit = await PageVisit.Open(fixture, "/", new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = 1000, Height = 1100 },
        });
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = target });

        var png = await File.ReadAllBytesAsync(target);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        // Width and height from the IHDR chunk: the viewport's size.
        Assert.Equal(1000, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(1100, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
