package blog.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After the suite: its log (target/quarkus-test.log, written by every Quarkus start of the test
 * profile) holds none of the secrets the suite configured or minted.
 */
class SecretsNotLoggedIT {

    private static final Path LOG = Path.of("target", "quarkus-test.log");
    /** The bootstrap admin token and the token hash key of the test profile (application.properties). */
    private static final List<String> CONFIGURED = List.of("test-token", "test-token-hash-key");
    /** Minted API tokens (blog.auth.TokenSecrets), preview tokens (blog.preview.Previews), webhook secrets (blog.webhook.Signatures), bearer credentials. */
    private static final Pattern MINTED = Pattern.compile(
            "blog_[0-9A-Za-z]{43}(?![0-9A-Za-z])|prv_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])|whsec_[0-9A-Za-z]{40}(?![0-9A-Za-z])|Bearer ");

    @Test
    void shouldFindTheSuiteLog() throws IOException {
        assertThat(LOG).as("the suite's log; run the unit tests first").exists();
        assertThat(requestLines(read())).as("log lines of requests in " + LOG).isPositive();
    }

    @Test
    void shouldHoldNoConfiguredSecret() throws IOException {
        String log = read();
        for (String secret : CONFIGURED) {
            assertThat(log.contains(secret)).as("%s in %s, line: %s", secret, LOG, lineOf(log, log.indexOf(secret))).isFalse();
        }
    }

    @Test
    void shouldHoldNoMintedSecretNorBearerCredential() throws IOException {
        String log = read();
        Matcher found = MINTED.matcher(log);
        boolean any = found.find();
        assertThat(any).as(() -> "a secret in " + LOG + ", line: " + lineOf(log, found.start())).isFalse();
    }

    private static String read() throws IOException {
        return Files.exists(LOG) ? new String(Files.readAllBytes(LOG), StandardCharsets.UTF_8) : "";
    }

    private static long requestLines(String log) {
        return log.lines().filter(line -> line.contains("requestId=") && !line.contains("requestId= ")).count();
    }

    private static String lineOf(String log, int at) {
        if (at < 0) {
            return "";
        }
        int start = log.lastIndexOf('\n', at) + 1;
        int end = log.indexOf('\n', at);
        return log.substring(start, end < 0 ? log.length() : end);
    }
}
