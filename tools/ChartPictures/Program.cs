using Microsoft.Playwright;
using Site;

// Builds the chart examples of tests/cases/charts/doc-examples/ with the real theme, opens each page
// in headless Chromium (served from memory by request interception: no server, no port) and saves
// a picture of its chart, once plotly.js has drawn it, as docs/pictures/chart-<page>.png.
//   dotnet run --project tools/ChartPictures        (from the repository root)
var root = Directory.GetCurrentDirectory();
var input = Path.Combine(root, "tests", "cases", "charts", "doc-examples", "input");
var pictures = Path.Combine(root, "docs", "pictures");
if (!Directory.Exists(input)) { Console.Error.WriteLine("Run it from the repository root."); return 2; }

var result = SiteBuilder.Generate(new BuildOptions(input, Path.Combine(root, "theme"), "unused", DisplayRoot: root));
if (!result.Succeeded)
{
    foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
    return 1;
}
var files = result.Files.ToDictionary(f => "/" + f.RelativePath, f => f.Content ?? File.ReadAllBytes(f.CopyFrom!), StringComparer.Ordinal);

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu"],
});
var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 760, Height = 900 }, ColorScheme = ColorScheme.Light });
const string Origin = "http://pictures.invalid";
await page.RouteAsync(Origin + "/**", async route =>
{
    var path = new Uri(route.Request.Url).AbsolutePath;
    if (path.EndsWith('/')) path += "index.html";
    if (!files.TryGetValue(path, out var body)) { await route.FulfillAsync(new RouteFulfillOptions { Status = 404 }); return; }
    var type = Path.GetExtension(path) switch { ".html" => "text/html", ".css" => "text/css", ".js" => "text/javascript", ".json" => "application/json", ".svg" => "image/svg+xml", _ => "application/octet-stream" };
    await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = type, BodyBytes = body });
});

Directory.CreateDirectory(pictures);
foreach (var name in new[] { "bar", "highlight-sort", "hbar", "grouped-bar", "stacked-bar", "line", "scatter", "range", "annotations" })
{
    await page.GotoAsync($"{Origin}/{name}/");
    var chart = page.Locator("[data-chart]").First;
    await chart.ScrollIntoViewIfNeededAsync();
    await chart.Locator(".chart-plot .main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
    await page.WaitForTimeoutAsync(500); // plotly's transitions
    var file = Path.Combine(pictures, $"chart-{name}.png");
    await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = file });
    Console.WriteLine(Path.GetRelativePath(root, file));
}
return 0;
