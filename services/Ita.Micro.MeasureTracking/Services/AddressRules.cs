using System.Net;
using System.Net.Sockets;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Which addresses the link checker may connect to: public unicast only. An evidence URL is typed by an officer, so
/// without this rule it could make the service read its own network (cloud metadata at 169.254.169.254, an admin
/// page on 10.x) and report what it found.
/// </summary>
public static class AddressRules
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(
                b[0] == 0
                || b[0] == 10
                || b[0] == 127
                || b[0] >= 224 // this network, private, loopback, multicast and reserved
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0) // IETF protocol assignments
                || (b[0] == 192 && b[1] == 0 && b[2] == 2) // documentation
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)) // benchmarking
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113)
            );
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return false;
        if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6None))
            return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
            return false;
        var v6 = address.GetAddressBytes();
        // NAT64 (64:ff9b::/96) reaches an IPv4 address: judge that one; 2001:db8::/32 is documentation only.
        if (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b && v6[4..12].All(x => x == 0))
            return IsPublic(new IPAddress(v6[12..]));
        return !(v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x0d && v6[3] == 0xb8);
    }

    /// <summary>Public, or loopback when tests allow it.</summary>
    public static bool IsAllowed(IPAddress address, bool allowLoopback) =>
        IsPublic(address)
        || (allowLoopback && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
}
