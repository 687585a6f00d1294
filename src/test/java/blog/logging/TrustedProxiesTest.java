package blog.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which peers may pass on a request id, and which settings are refused. */
class TrustedProxiesTest {

    @Test
    void shouldTrustExactAddressesOnly() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("127.0.0.1", " ::1 "));
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.trusts("127.0.0.2")).isFalse();
        assertThat(proxies.trusts("::2")).isFalse();
    }

    @Test
    void shouldTrustAddressesInsideIpv4Blocks() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.4.0/22"));
        assertThat(proxies.trusts("10.255.1.2")).isTrue();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("192.168.7.255")).isTrue();
        assertThat(proxies.trusts("192.168.8.0")).isFalse();
        assertThat(proxies.trusts("192.168.3.255")).isFalse();
    }

    @Test
    void shouldTrustAddressesInsideIpv6Blocks() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("fd00::/8", "2001:db8:1::/48"));
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("fe80::1")).isFalse();
        assertThat(proxies.trusts("2001:db8:1:ffff::1")).isTrue();
        assertThat(proxies.trusts("2001:db8:2::1")).isFalse();
    }

    @Test
    void shouldTreatIpv4MappedIpv6AddressesAsIpv4() {
        assertThat(TrustedProxies.parse(List.of("10.0.0.0/8")).trusts("::ffff:10.1.2.3")).isTrue();
    }

    @Test
    void shouldTrustEveryoneOnlyWhenToldTo() {
        assertThat(TrustedProxies.parse(List.of("0.0.0.0/0")).trusts("203.0.113.9")).isTrue();
        assertThat(TrustedProxies.parse(List.of("0.0.0.0/0")).trusts("2001:db8::1")).isFalse();
    }

    @Test
    void shouldTrustNobodyWhenTheListIsEmpty() {
        assertThat(TrustedProxies.parse(List.of()).trusts("127.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse(List.of("")).trusts("127.0.0.1")).isFalse();
        assertThat(TrustedProxies.none().trusts("::1")).isFalse();
    }

    @Test
    void shouldNeverTrustAHostName() {
        assertThat(TrustedProxies.parse(List.of("127.0.0.1")).trusts("localhost")).isFalse();
        assertThat(TrustedProxies.parse(List.of("127.0.0.1")).trusts((String) null)).isFalse();
    }

    @Test
    void shouldRefuseMalformedEntriesByName() {
        for (String malformed : List.of("localhost", "10.0.0.256", "10.0.0.0/33", "fd00::/129", "10.0.0.0/", "1:2",
                "10.0.0.0/8x", "fe80::1%eth0", "10.0.0")) {
            assertThatThrownBy(() -> TrustedProxies.parse(List.of("127.0.0.1", malformed)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + malformed + "'")
                    .hasMessageContaining("blog.http.trusted-proxies");
        }
    }
}
