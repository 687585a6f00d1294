package blog.logging;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies trusted to pass on a request id (blog.http.trusted-proxies): IP addresses and CIDR
 * blocks, IPv4 or IPv6. Only literal addresses are accepted, so that nothing here ever asks DNS.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Refuses a malformed entry with a message that names it. */
    public static TrustedProxies parse(List<String> entries) {
        return new TrustedProxies(entries.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::block).toList());
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Whether a peer address (a literal, as Vert.x reports it) is a trusted proxy; a host name never is. */
    public boolean trusts(String host) {
        InetAddress address = host == null ? null : literal(host);
        return address != null && trusts(address);
    }

    public boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address.getAddress()));
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        InetAddress address = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (address == null) {
            throw invalid(entry);
        }
        int maxBits = address.getAddress().length * 8;
        int bits = maxBits;
        if (slash >= 0) {
            String prefix = entry.substring(slash + 1);
            if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > maxBits) {
                throw invalid(entry);
            }
            bits = Integer.parseInt(prefix);
        }
        return new Block(address.getAddress(), bits);
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException("blog.http.trusted-proxies (BLOG_TRUSTED_PROXIES): '" + entry
                + "' is not an IP address or CIDR block such as 10.0.0.0/8 or fd00::/8");
    }

    /** The address a literal names, or null; IPv4-mapped IPv6 literals become IPv4 addresses. */
    static InetAddress literal(String text) {
        var ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(ipv4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return byAddress(bytes);
        }
        if (!IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            // In brackets, a text is parsed as an IPv6 literal and never looked up.
            return InetAddress.getByName("[" + text + "]");
        } catch (UnknownHostException notALiteral) {
            return null;
        }
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A network and its prefix length. */
    private record Block(byte[] network, int bits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
