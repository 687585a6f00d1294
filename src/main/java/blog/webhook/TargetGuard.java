package blog.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses webhook targets on this machine's or a private network (server-side request forgery):
 * loopback, link-local (cloud metadata at 169.254.169.254), private and unique-local ranges,
 * carrier-grade NAT, the unspecified address and multicast, for every address the host resolves to.
 * Checked when a webhook is written and again before each delivery.
 */
final class TargetGuard {

    /** The refusal of a host that did not resolve: at delivery, possibly a passing DNS failure, so retried. */
    static final String UNRESOLVED = "has a host that does not resolve";

    private TargetGuard() {
    }

    /** Why the URL may not be called, or null if it may. */
    static String refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "is not a URL";
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return "must be an absolute http(s) URL";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    return "resolves to " + address.getHostAddress() + ", an address on this machine or a private network";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return UNRESOLVED;
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first == 198 && (second == 18 || second == 19);
        }
        if (embedsIpv4(bytes)) {
            return isPrivate(ipv4(bytes, 12));
        }
        if ((bytes[0] & 0xFF) == 0x20 && (bytes[1] & 0xFF) == 0x02) {
            return isPrivate(ipv4(bytes, 2)); // 6to4: 2002:a.b.c.d::/48 reaches a.b.c.d
        }
        return (bytes[0] & 0xFE) == 0xFC;
    }

    /**
     * ::a.b.c.d (IPv4-compatible), ::ffff:a.b.c.d (IPv4-mapped, as a DNS answer may carry it) and
     * 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address they embed.
     */
    private static boolean embedsIpv4(byte[] bytes) {
        boolean compatible = true;
        for (int i = 0; i < 10; i++) {
            compatible &= bytes[i] == 0;
        }
        compatible &= bytes[10] == bytes[11] && (bytes[10] == 0 || bytes[10] == (byte) 0xFF);
        boolean nat64 = (bytes[0] & 0xFF) == 0x00 && (bytes[1] & 0xFF) == 0x64 && (bytes[2] & 0xFF) == 0xFF && (bytes[3] & 0xFF) == 0x9B;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = bytes[i] == 0;
        }
        return compatible || nat64;
    }

    private static InetAddress ipv4(byte[] bytes, int from) {
        try {
            return InetAddress.getByAddress(new byte[] {bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
