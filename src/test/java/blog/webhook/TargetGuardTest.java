package blog.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook may not call unless private targets are allowed. */
class TargetGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "100.127.255.254", "0.0.0.0", "198.18.0.1", "224.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::10.0.0.1", "2002:7f00:1::1", "2002:c0a8:101::"})
    void shouldRefusePrivateAddresses(String address) throws Exception {
        assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    /** As a DNS answer may carry them: 16 bytes, not turned into an IPv4 address as a literal is. */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254", "192.168.0.10"})
    void shouldRefuseIpv4MappedIpv6FormsOfPrivateAddresses(String ipv4) throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
        assertThat(TargetGuard.isPrivate(Inet6Address.getByAddress(null, mapped, -1))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2002:5db8:d822::1", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:2800:220:1:248:1893:25c8:1946"})
    void shouldAllowPublicAddresses(String address) throws Exception {
        assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "mailto:a@example.com", "/relative", "http:///nohost", "http://exa mple.com/"})
    void shouldRefuseWhatIsNotAnHttpUrl(String url) {
        assertThat(TargetGuard.refusal(url, true)).isNotNull();
    }
}
