package blog.logging;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The proxies trusted to pass on a request id (blog.http.trusted-proxies): IP addresses and CIDR
 * blocks, IPv4 or IPv6. Only literal addresses are accepted (Netty's parser), so that nothing here
 * ever asks DNS.
 */
public final class TrustedProxies {

    private final List<IpSubnetFilterRule> blocks;

    private TrustedProxies(List<IpSubnetFilterRule> blocks) {
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
        InetSocketAddress peer = new InetSocketAddress(address, 0);
        return blocks.stream().anyMatch(block -> block.matches(peer));
    }

    private static IpSubnetFilterRule block(String entry) {
        int slash = entry.indexOf('/');
        InetAddress address = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (address == null) {
            throw invalid(entry);
        }
        int maxBits = address.getAddress().length * 8;
        String prefix = slash < 0 ? String.valueOf(maxBits) : entry.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > maxBits) {
            throw invalid(entry);
        }
        return new IpSubnetFilterRule(address, Integer.parseInt(prefix), IpFilterRuleType.ACCEPT);
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException("blog.http.trusted-proxies (BLOG_TRUSTED_PROXIES): '" + entry
                + "' is not an IP address or CIDR block such as 10.0.0.0/8 or fd00::/8");
    }

    /** The address a literal names, or null; an IPv4-mapped IPv6 literal is its IPv4 address. */
    static InetAddress literal(String text) {
        boolean literal = NetUtil.isValidIpV4Address(text) || NetUtil.isValidIpV6Address(text) && !text.contains("%");
        // InetAddress.getByAddress, under Netty's parser, makes an IPv4-mapped IPv6 address an IPv4 one.
        return literal ? NetUtil.createInetAddressFromIpAddressString(text) : null;
    }
}
