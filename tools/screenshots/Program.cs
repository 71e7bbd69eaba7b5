using Microsoft.Playwright;
using Site;
using Site.Tests.Support;

// Builds input/ with theme/ into a temporary folder, serves it on 127.0.0.1 and photographs the home
// page, a chart page and a data page at 390×844 (a phone) and 1280×800 (a laptop), in the light and
// dark themes, into docs/screenshots/. Run from the repository root:
//     dotnet run --project tools/screenshots
// Every chart on screen is drawn before the photograph is taken.

var root = Directory.GetCurrentDirectory();
if (!File.Exists(Path.Combine(root, "Site.csproj")))
{
    Console.Error.WriteLine("Run this from the repository root (the folder with Site.csproj).");
    return 2;
}
var target = Path.Combine(root, "docs", "screenshots");
Directory.CreateDirectory(target);
var output = Path.Combine(Path.GetTempPath(), "site-screenshots-" + Guid.NewGuid().ToString("N"));
try
{
    var site = SiteBuilder.Build(new BuildOptions(Path.Combine(root, "input"), Path.Combine(root, "theme"), output, DisplayRoot: root));
    if (!site.Succeeded)
    {
        foreach (var diagnostic in site.Diagnostics) Console.Error.WriteLine(diagnostic);
        return 1;
    }
    using var server = new StaticServer(output);
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium.ExecutablePath,
        Headless = true,
        Args = Chromium.Arguments,
    });

    (string Name, string Path)[] pages = [("home", "/"), ("chart-page", "/nations/"), ("data-page", "/data/national-strategies/")];
    (string Name, int Width, int Height)[] screens = [("390", 390, 844), ("1280", 1280, 800)];
    foreach (var (pageName, path) in pages)
    foreach (var (screenName, width, height) in screens)
    foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        // Charts in the first screen draw when plotly has loaded; wait for each of them.
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('[data-chart]')].filter(c => c.getBoundingClientRect().top < innerHeight).every(c => c.classList.contains('chart-drawn'))",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.EvaluateAsync("() => document.fonts.ready");
        var file = Path.Combine(target, $"{pageName}-{screenName}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        Console.WriteLine(Path.GetRelativePath(root, file));
    }
    return 0;
}
finally
{
    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
}
