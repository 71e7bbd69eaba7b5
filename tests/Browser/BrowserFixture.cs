using Microsoft.Playwright;
using Site.Tests.Support;
using Xunit;

namespace Site.Tests.Browser;

/// <summary>
/// One Chromium and one built copy of the real site (input/ + theme/), served on 127.0.0.1, shared
/// by every browser test class, with the walks of every page (<see cref="SiteWalks"/>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public StaticServer Server { get; private set; } = null!;
    public BuildResult Site { get; private set; } = null!;
    public string OutputPath => _folder.Combine("output");

    /// <summary>Walks of every page, each once per test run, shared by the tests that check every page.</summary>
    public SiteWalks Walks { get; }

    public BrowserFixture() => Walks = new SiteWalks(this);

    public async Task InitializeAsync()
    {
        Site = SiteBuilder.Build(new BuildOptions(Repo.Input, Repo.Theme, OutputPath, SiteUrl: "https://example.org", DisplayRoot: Repo.Root));
        if (!Site.Succeeded) throw new InvalidOperationException(string.Join("\n", Site.Diagnostics));
        Server = new StaticServer(OutputPath);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>Every page of the site by URL path ("/", "/pillars/compute/").</summary>
    public IEnumerable<string> PagePaths =>
        Site.Files.Select(f => f.RelativePath).Where(p => p.EndsWith("index.html", StringComparison.Ordinal))
            .Select(p => "/" + p[..^"index.html".Length]).Order(StringComparer.Ordinal);

    public async Task DisposeAsync()
    {
        // A walk that no test awaited any more (a filtered run) still has tabs open.
        await Walks.Finish();
        await Browser.CloseAsync();
        _playwright?.Dispose();
        Server.Dispose();
        _folder.Dispose();
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
