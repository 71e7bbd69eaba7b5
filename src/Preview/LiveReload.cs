using System.Threading.Channels;

namespace Site.Preview;

/// <summary>
/// Server-Sent Events to every open preview tab: "reload" after a good rebuild, "css" when only a
/// stylesheet changed (swapped in place), "build-error" with every diagnostic, "build-ok" when fixed.
/// </summary>
public sealed class LiveReload
{
    private readonly List<Channel<string>> _clients = new();
    private readonly Lock _lock = new();
    private string? _lastState;

    /// <summary>Sends one event to every client; remembers errors so a tab opened later sees them at once.</summary>
    public void Send(string name, string json)
    {
        var message = $"event: {name}\ndata: {json}\n\n";
        lock (_lock)
        {
            _lastState = name == "build-error" ? message : null;
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }

    /// <summary>Ends every open stream, so the server can stop without waiting for tabs to close.</summary>
    public void Close()
    {
        lock (_lock)
        {
            foreach (var client in _clients) client.Writer.TryComplete();
        }
    }

    public async Task Stream(Stream body, CancellationToken cancel)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _clients.Add(channel);
            if (_lastState is not null) channel.Writer.TryWrite(_lastState);
        }
        try
        {
            await body.WriteAsync(": connected\n\n"u8.ToArray(), cancel);
            await body.FlushAsync(cancel);
            await foreach (var message in channel.Reader.ReadAllAsync(cancel))
            {
                await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(message), cancel);
                await body.FlushAsync(cancel);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
        finally
        {
            lock (_lock) _clients.Remove(channel);
        }
    }
}
