using System.Net;

namespace Site.Tests.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 like GitHub Pages does: /x/ → x/index.html, unknown paths →
/// 404.html with status 404. Only for tests; the preview server is the product's own.
/// </summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;

    public StaticServer(string root, string basePath = "/")
    {
        _root = root;
        _basePath = basePath;
        Port = Ports.Free();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public int Port { get; }
    public string Origin => $"http://127.0.0.1:{Port}";
    public string Url(string sitePath) => Origin + _basePath + sitePath.TrimStart('/');

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            // One request at a time would let a slow or aborted one stall a page's load.
            _ = Task.Run(() =>
            {
                try { Respond(context); }
                catch (Exception) { /* a client that went away */ }
            });
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var status = 200;
        string? file = null;
        if (path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            var relative = path[_basePath.Length..];
            file = Path.GetFullPath(Path.Combine(_root, relative));
            if (!file.StartsWith(_root, StringComparison.Ordinal)) file = null;
            else if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        }
        if (file is null || !File.Exists(file))
        {
            status = 404;
            file = Path.Combine(_root, "404.html");
        }
        var bytes = File.ReadAllBytes(file);
        context.Response.StatusCode = status;
        context.Response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".json" => "application/json",
            ".csv" => "text/csv; charset=utf-8",
            ".xml" => "application/xml",
            ".png" => "image/png",
            _ => "application/octet-stream",
        };
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    // Close alone: on Linux, Close after Stop removes the prefixes a second time, and finding the
    // endpoint gone, HttpListener binds the port anew to remove them from it, which fails with
    // "Address already in use" once another test's server holds that port (a CI flake).
    public void Dispose() => _listener.Close();
}
