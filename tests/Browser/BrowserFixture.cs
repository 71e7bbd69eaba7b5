using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;
using Site.Build;

namespace Site.Tests.Browser;

/// <summary>
/// One Chromium and one built copy of the real site (input/ + theme/), served on 127.0.0.1, shared
/// by every browser test class, with the walk of every page (<see cref="SiteWalks"/>). Two test
/// collections use it at once ("browser walks" awaits the walk while "browser" runs the single-page
/// tests), so what it holds is shared by every instance and closed when the last collection is done.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Shared? _shared;
    private static int _users;

    private sealed record Shared(TempDirectory Folder, IPlaywright Playwright, IBrowser Browser, StaticServer Server, BuildResult Site, SiteWalks Walks);

    private Shared Current => _shared ?? throw new InvalidOperationException("the browser fixture is not initialized");

    public IBrowser Browser => Current.Browser;
    public StaticServer Server => Current.Server;
    public BuildResult Site => Current.Site;
    public string OutputPath => Current.Folder.Combine("output");

    /// <summary>The walk of every page, once per test run, shared by the tests that check every page.</summary>
    public SiteWalks Walks => Current.Walks;

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_users++ == 0) _shared = await Start(this);
        }
        catch
        {
            _users--;
            throw;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Shared> Start(BrowserFixture fixture)
    {
        var folder = new TempDirectory();
        var site = SiteBuilder.Build(new BuildOptions(Repo.Input, Repo.Theme, folder.Combine("output"), SiteUrl: "https://example.org", DisplayRoot: Repo.Root));
        if (!site.Succeeded) throw new InvalidOperationException(string.Join("\n", site.Diagnostics));
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        // The walk reaches the browser, server and pages through any fixture instance: they all read _shared.
        return new Shared(folder, playwright, browser, new StaticServer(folder.Combine("output")), site, new SiteWalks(fixture));
    }

    /// <summary>Every page of the site by URL path ("/", "/pillars/compute/").</summary>
    public IEnumerable<string> PagePaths =>
        Site.Files.Select(f => f.RelativePath).Where(p => p.EndsWith("index.html", StringComparison.Ordinal))
            .Select(p => "/" + p[..^"index.html".Length]).Order(StringComparer.Ordinal);

    public async Task DisposeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_users > 0 || _shared is not { } shared) return;
            // A walk that no test awaits any more (a filtered run) may still have tabs open.
            await shared.Walks.Finish();
            await shared.Browser.CloseAsync();
            shared.Playwright.Dispose();
            shared.Server.Dispose();
            shared.Folder.Dispose();
            _shared = null;
        }
        finally
        {
            Gate.Release();
        }
    }
}

/// <summary>
/// The browser tests that open pages of their own, one after another within a collection. They are
/// two collections, run side by side with each other and with the walk (each test in a browser
/// context of its own): the charts and screenshots, and the rest.
/// </summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;

/// <summary>The chart and screenshot tests: see <see cref="BrowserCollection"/>.</summary>
[CollectionDefinition("browser charts")]
public sealed class BrowserChartsCollection : ICollectionFixture<BrowserFixture>;

/// <summary>
/// The tests that read the walk of every page: they wait for the walk, which the "browser"
/// collection's tests need not do, so the two collections run side by side.
/// </summary>
[CollectionDefinition("browser walks")]
public sealed class BrowserWalksCollection : ICollectionFixture<BrowserFixture>;
