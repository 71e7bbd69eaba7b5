using Site.Preview;

namespace Site.Tests.Support;

/// <summary>
/// `serve` on a temporary copy of the real site (input/ and theme/) under the base path /sub/, on a
/// free loopback port, with an HTTP client: what the preview tests set up before each test (each test
/// edits its own copy, so none is shared between tests).
/// </summary>
public sealed class PreviewOfACopy : IAsyncDisposable
{
    private PreviewOfACopy(TempDirectory site, PreviewServer server, StringWriter log)
    {
        Site = site;
        Server = server;
        Log = log;
    }

    /// <summary>The copy: input/ and theme/, free to edit.</summary>
    public TempDirectory Site { get; }
    public PreviewServer Server { get; }
    /// <summary>What the server printed (rebuilds, build failures).</summary>
    public StringWriter Log { get; }
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(20) };

    /// <summary>A path under the base path, e.g. "/fr/nations/", as a full URL.</summary>
    public string Url(string path) => Server.Url.TrimEnd('/') + path;

    public static async Task<PreviewOfACopy> Start()
    {
        var site = new TempDirectory();
        TempDirectory.CopyTree(Repo.Input, site.Combine("input"));
        TempDirectory.CopyTree(Repo.Theme, site.Combine("theme"));
        var log = new StringWriter();
        var server = new PreviewServer(new PreviewOptions(site.Combine("input"), site.Combine("theme"), "127.0.0.1", Ports.Free(), "/sub/", false, false), log);
        await server.Start();
        return new PreviewOfACopy(site, server, log);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Http.Dispose();
        Site.Dispose();
    }
}
