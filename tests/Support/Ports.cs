using System.Net;
using System.Net.Sockets;

namespace Site.Tests.Support;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on now.</summary>
public static class Ports
{
    public static int Free()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
