using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>
/// Takes the README's screenshots of the home page in the light and dark themes. They are written to
/// docs/screenshots/ when missing (or with UPDATE_SCREENSHOTS=1) and committed once; otherwise the
/// fresh ones go to a temporary folder, so a test run never dirties the working tree.
/// </summary>
[Collection("browser")]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("light", ColorScheme.Light)]
    [InlineData("dark", ColorScheme.Dark)]
    public async Task The_home_page_screenshot_for_the_readme(string name, ColorScheme scheme)
    {
        var committed = Path.Combine(Repo.Root, "docs", "screenshots", $"home-{name}.png");
        var update = !File.Exists(committed) || Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1";
        using var temp = new TempDirectory();
        var target = update ? committed : temp.Combine($"home-{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

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
