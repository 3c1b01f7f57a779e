using System.Net;
using System.Net.Sockets;

namespace Ita.Micro.Testing;

public static class FreePort
{
    /// <summary>A TCP port of 127.0.0.1 that was free a moment ago.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
