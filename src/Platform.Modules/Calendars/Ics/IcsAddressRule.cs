using System.Net;
using System.Net.Sockets;

namespace Platform.Modules.Calendars.Ics;

/// <summary>
/// Which addresses a pasted feed URL may reach (the SSRF rule): public unicast only. Refused: loopback (unless allowed),
/// private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT, link-local (169.254/16, where cloud metadata
/// lives; fe80::/10), multicast, unspecified, broadcast and reserved ranges. IPv4-mapped and NAT64 addresses are judged
/// by the IPv4 address they carry.
/// </summary>
internal static class IcsAddressRule
{
    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return allowLoopback;
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address, allowLoopback),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                       // "this network", unspecified
        || b[0] == 10                                   // private
        || (b[0] == 100 && b[1] >= 64 && b[1] < 128)    // carrier-grade NAT
        || b[0] == 127                                  // loopback
        || (b[0] == 169 && b[1] == 254)                 // link-local, cloud metadata
        || (b[0] == 172 && b[1] >= 16 && b[1] < 32)     // private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)      // IETF protocol assignments
        || (b[0] == 192 && b[1] == 168)                 // private
        || (b[0] == 198 && (b[1] == 18 || b[1] == 19))  // benchmarking
        || b[0] >= 224);                                // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address, bool allowLoopback)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return false;
        var b = address.GetAddressBytes();
        // NAT64 (64:ff9b::/96) reaches the IPv4 address in its last four bytes.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].All(x => x == 0))
            return IsAllowed(new IPAddress(b[12..]), allowLoopback);
        // IPv4-compatible (::a.b.c.d) and the rest of ::/8 are not public unicast.
        return b[0] != 0;
    }
}
