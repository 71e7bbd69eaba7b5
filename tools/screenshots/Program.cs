using Microsoft.Playwright;
using Site;
using Site.Tests.Support;

// Builds input/ with theme/ into a temporary folder, serves it on 127.0.0.1 and photographs the home
// page, a chart page and a data page at 390×844 (a phone) and 1280×800 (a laptop), in the light and
// dark themes, and a chart embedded in another page (its Embed view's snippet, the frame fitted to the
// chart by the snippet's script), into docs/screenshots/. Run from the repository root:
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

    // A chart embedded in another page: the snippet its Embed view gives, in a plain host page.
    var chartPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "nations", "index.html")));
    var snippet = chartPage.QuerySelector("#chart-national-strategies-embed-code")!.TextContent;
    File.WriteAllText(Path.Combine(output, "embed-host.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title></head>" +
        "<body style=\"margin:0;padding:24px 40px;background:#eceff3;font:18px/1.5 Georgia,serif\"><h1 style=\"font-size:28px\">A newspaper’s story</h1>" +
        "<p>Its text, then a chart from the explainer:</p>" + snippet + "<p>The story goes on.</p></body></html>");
    await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 900 }, ColorScheme = ColorScheme.Light }))
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url("/embed-host.html"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var frame = (await (await page.QuerySelectorAsync("iframe[data-explainer-embed]"))!.ContentFrameAsync())!;
        await frame.WaitForSelectorAsync(".chart-drawn", new FrameWaitForSelectorOptions { Timeout = 30_000 });
        // The frame takes the embed's height once the drawn chart has settled it.
        var height = await frame.EvaluateAsync<int>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
        await page.WaitForFunctionAsync("h => document.querySelector('iframe[data-explainer-embed]').getBoundingClientRect().height === h", height,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        var file = Path.Combine(target, "embed-in-host-900-light.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Console.WriteLine(Path.GetRelativePath(root, file));
    }
    return 0;
}
finally
{
    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
}
