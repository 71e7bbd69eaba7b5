using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Site.Content;
using Site.Build;

namespace Site.Preview;

/// <summary>
/// `serve`: Kestrel serving the in-memory site exactly as GitHub Pages would (base path, clean
/// URLs, 404.html), plus live reload. Safe by default: loopback only, no directory listing, no path
/// that climbs out of the site, correct content types.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly PreviewSite _site;
    private readonly LiveReload _live = new();
    private readonly TextWriter _log;
    private readonly TextWriter _errors;
    private WebApplication? _app;
    private SourceWatcher? _watcher;

    /// <param name="log">Rebuilds and diagnostics.</param>
    /// <param name="errors">What goes wrong in the preview itself (a file watcher's error, a bug of ours): stderr; <paramref name="log"/> when not given.</param>
    public PreviewServer(PreviewOptions options, TextWriter log, TextWriter? errors = null)
    {
        Options = options;
        _log = log;
        _errors = errors ?? log;
        _origin = $"http://{(options.Host.Contains(':') ? $"[{options.Host}]" : options.Host)}:{options.Port}";
        _site = new PreviewSite(new BuildOptions(options.InputDirectory, options.ThemeDirectory, "unused-by-preview",
            options.BasePath, _origin, options.IncludeDrafts, BaseThemeDirectory: options.BaseThemeDirectory));
    }

    private readonly string _origin;

    /// <summary>The base path the site is served under: the build's own (--base-path, else site.yml's).</summary>
    private string ServedBasePath => _site.BasePath;

    public PreviewOptions Options { get; }
    public string Url => _origin + ServedBasePath;
    public LiveReload Live => _live;

    /// <summary>Builds once, starts listening and watching. Returns when the server accepts requests.</summary>
    public async Task Start()
    {
        Report(await _site.Rebuild([]), first: true);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Parse(Options.Host), Options.Port));
        _app = builder.Build();
        _app.Run(Handle);
        await _app.StartAsync();
        // A site on the tool's default theme alone may have no theme/ folder to watch (the default theme does not change).
        _watcher = new SourceWatcher(new[] { Options.InputDirectory, Options.ThemeDirectory }.Select(Path.GetFullPath).Where(Directory.Exists).ToList(), OnChange, OnBurst, _errors);
    }

    private int _rebuilds;
    private volatile bool _rebuilding;

    /// <summary>How many rebuilds the watcher has started, and whether one runs now (the log says the same, later).</summary>
    public int Rebuilds => Volatile.Read(ref _rebuilds);
    public bool Rebuilding => _rebuilding;

    /// <summary>The file watcher (tests raise a watcher error through it).</summary>
    internal SourceWatcher? Watcher => _watcher;

    private async Task OnChange(IReadOnlyCollection<string> changed)
    {
        Interlocked.Increment(ref _rebuilds);
        _rebuilding = true;
        try
        {
            var report = await _site.Rebuild(changed);
            if (report.Superseded)
            {
                // Not served: a newer save of a page was served meanwhile, and the rebuild that follows builds it.
                _log.WriteLine($"Built an older save in {report.Milliseconds} ms; a newer one was served meanwhile and is built next.");
                return;
            }
            var wasFailing = _lastFailed;
            Report(report);
            if (!report.Succeeded)
            {
                _live.Send("build-error", JsonSerializer.Serialize(new BuildErrorEvent(report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList()), PreviewEventJson.Default.BuildErrorEvent));
                return;
            }
            // The edited page was served (and reloaded) before this build: reload again only if it changed other pages.
            if (report.PageServedFirst && !report.PagesChangedSinceServedFirst) return;
            if (report.StylesheetSwap is { } swap)
                _live.Send("css", JsonSerializer.Serialize(new StylesheetSwapEvent(BasePath.Apply(ServedBasePath, "/" + swap.From), BasePath.Apply(ServedBasePath, "/" + swap.To)), PreviewEventJson.Default.StylesheetSwapEvent));
            else
                _live.Send(wasFailing ? "build-ok" : "reload", JsonSerializer.Serialize(new ReloadEvent(report.RenderedPages, report.Milliseconds), PreviewEventJson.Default.ReloadEvent));
        }
        catch (Exception exception)
        {
            // A bug of ours must not take the preview down: say it, keep serving the last good site.
            _errors.WriteLine($"site: internal error while rebuilding ({exception.GetType().Name}: {exception.Message}); still serving the last good site.");
        }
        finally
        {
            _rebuilding = false;
        }
    }

    /// <summary>
    /// A burst of changes ended (a rebuild may be running): an edited page is served at once when it
    /// can be (see <see cref="PreviewSite.ServeFirst"/>), and tabs reload now, not after the rest of the site.
    /// </summary>
    private void OnBurst(IReadOnlyCollection<string> changed)
    {
        try
        {
            if (_site.ServeFirst(changed) is not { } first) return;
            _log.WriteLine($"Served {first.Url} first, rendered in {first.Milliseconds} ms; building the rest of the site.");
            _live.Send("reload", JsonSerializer.Serialize(new ReloadEvent(first.RenderedPages, first.Milliseconds), PreviewEventJson.Default.ReloadEvent));
        }
        catch (Exception exception)
        {
            // A bug of ours: say it; the full rebuild that follows still runs.
            _errors.WriteLine($"site: internal error while serving an edited page first ({exception.GetType().Name}: {exception.Message}); building the whole site instead.");
        }
    }

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private bool _lastFailed;

    /// <param name="first">The build before serving: it is a build, not a rebuild, and there is no last good site yet.</param>
    private void Report(PreviewSite.Report report, bool first = false)
    {
        _lastFailed = !report.Succeeded;
        foreach (var diagnostic in report.Diagnostics) _log.WriteLine(diagnostic.ToString());
        var errors = report.Diagnostics.Count(d => d.IsError);
        var failed = $"Build failed: {errors} error{(errors == 1 ? "" : "s")}";
        _log.WriteLine((report.Succeeded, first) switch
        {
            (true, true) => $"Built {report.Pages} pages in {report.Milliseconds} ms.",
            (true, false) => $"Rebuilt in {report.Milliseconds} ms: {report.RenderedPages} of {report.Pages} pages rendered.",
            (false, true) => $"{failed}; the site is served as soon as they are fixed.",
            (false, false) => $"{failed}; still serving the last good site.",
        });
    }

    private async Task Handle(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        // The policy the pages declare in their <meta> (PreviewTests checks they stay equal), on every
        // response, error pages included; and no guessing a text file into HTML or script.
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        if (IsTraversal(raw))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            await response.WriteAsync("Bad request: the path climbs out of the site.\n");
            return;
        }
        var path = context.Request.Path.Value ?? "/";
        if (path == ReloadScript.Path)
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.WriteAsync(ReloadScript.Source);
            return;
        }
        if (path == ReloadScript.EventsPath)
        {
            response.ContentType = "text/event-stream";
            await _live.Stream(response.Body, context.RequestAborted);
            return;
        }

        var site = _site.Current;
        if (site is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(Inject("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><p>The site has not built yet: see the terminal. This page reloads when the build succeeds.</p></body></html>"));
            return;
        }
        if (!path.StartsWith(ServedBasePath, StringComparison.Ordinal))
        {
            // "/repo" → "/repo/", as GitHub Pages does; anything else outside the base path is 404.
            if (path + "/" == ServedBasePath) response.Redirect(ServedBasePath, permanent: true);
            else await NotFound(response, site);
            return;
        }
        var relative = path[ServedBasePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (!site.Files.TryGetValue(relative, out var file))
        {
            // Clean URLs without the final slash redirect, as on GitHub Pages; anything else is 404.
            if (site.Files.ContainsKey(relative + "/index.html")) response.Redirect(path + "/", permanent: true);
            else await NotFound(response, site);
            return;
        }
        if (await Bytes(file) is not { } bytes)
        {
            // A copied file (an image in input/) deleted or moved since the last build: gone, as the
            // rebuild that follows will say; never a 500.
            await NotFound(response, site);
            return;
        }
        response.Headers["X-Preview-Build"] = site.Build.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Send(response, bytes, relative);
    }

    private static bool IsTraversal(string raw)
    {
        var target = raw.Split('?')[0];
        var decoded = WebUtility.UrlDecode(target);
        return target.Contains('\\') || decoded.Contains('\\') || decoded.Contains('\0')
            || decoded.Split('/').Any(segment => segment == "..")
            || target.Contains("%2e%2e", StringComparison.OrdinalIgnoreCase) || target.Contains("%5c", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task NotFound(HttpResponse response, PreviewSite.Snapshot site)
    {
        response.StatusCode = StatusCodes.Status404NotFound;
        if (site.Files.TryGetValue("404.html", out var page) && await Bytes(page) is { } bytes) await Send(response, bytes, "404.html");
    }

    /// <summary>A file's bytes; null when it is a copied file deleted or moved since the last build (the rebuild that follows drops it).</summary>
    private static async Task<byte[]?> Bytes(Output.OutputFile file)
    {
        if (file.Content is not null) return file.Content;
        try
        {
            return await File.ReadAllBytesAsync(file.CopyFrom!);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static async Task Send(HttpResponse response, byte[] bytes, string relative)
    {
        response.ContentType = ContentTypes.TryGetContentType(relative, out var type) ? type : "application/octet-stream";
        if (relative.EndsWith(".html", StringComparison.Ordinal))
        {
            response.ContentType = "text/html; charset=utf-8";
            bytes = Encoding.UTF8.GetBytes(Inject(Encoding.UTF8.GetString(bytes)));
        }
        else if (response.ContentType.StartsWith("text/", StringComparison.Ordinal) && !response.ContentType.Contains("charset", StringComparison.Ordinal))
            response.ContentType += "; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }

    /// <summary>The live-reload script goes in served pages only; output/ never has it.</summary>
    private static string Inject(string html)
    {
        var tag = $"<script src=\"{ReloadScript.Path}\" defer></script>\n";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + tag : html.Insert(head, tag);
    }

    public async Task Stop()
    {
        _watcher?.Dispose();
        _live.Close();
        if (_app is not null) await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Stop();
        if (_app is not null) await _app.DisposeAsync();
    }
}
