package blog.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook may not call unless private targets are allowed. */
class TargetGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "100.127.255.254", "0.0.0.0", "198.18.0.1", "224.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1"})
    void shouldRefusePrivateAddresses(String address) throws Exception {
        assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:2800:220:1:248:1893:25c8:1946"})
    void shouldAllowPublicAddresses(String address) throws Exception {
        assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "mailto:a@example.com", "/relative", "http:///nohost", "http://exa mple.com/"})
    void shouldRefuseWhatIsNotAnHttpUrl(String url) {
        assertThat(TargetGuard.refusal(url, true)).isNotNull();
    }
}
