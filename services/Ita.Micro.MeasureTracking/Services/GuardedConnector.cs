using System.Net;
using System.Net.Sockets;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The link checker's connect step (<see cref="SocketsHttpHandler.ConnectCallback"/>): it resolves the host itself and
/// connects only to an address <see cref="AddressRules"/> allows. Checking the address actually connected to, not the
/// URL, means a name that resolves to a public address when validated and a private one when fetched (DNS rebinding)
/// still cannot reach the private one; every redirect's host goes through here too.
/// </summary>
public static class GuardedConnector
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(bool allowLoopback) =>
        async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, ct);
            var allowed = addresses.Where(a => AddressRules.IsAllowed(a, allowLoopback)).ToArray();
            if (allowed.Length == 0)
                throw new AddressNotAllowedException(host, addresses);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
