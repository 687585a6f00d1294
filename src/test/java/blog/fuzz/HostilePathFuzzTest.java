package blog.fuzz;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Bad ids and slugs in the path of every operation that has one: not UUIDs, absent UUIDs, very
 * long, percent-encoded NUL, invalid UTF-8 and path traversal. A 400 or 404, never anything else.
 */
@QuarkusTest
class HostilePathFuzzTest {

    private static final int FIXED_PER_OPERATION = 14;
    private static final int HOSTILE_PER_OPERATION = 4;
    /**
     * Not ";" (a JAX-RS matrix parameter: /posts/; is the collection) nor "%2e%2e" (a dot-segment,
     * which RFC 3986 resolves to the collection too). At most 3,000 characters: longer request
     * lines are refused by the HTTP codec (Netty's 4 KiB limit, a bare 414) before the application.
     * Not "%" or "%ZZ" either: Vert.x answers a broken percent-escape with a bare 400 before any
     * route of the application runs (README, known gaps).
     */
    private static final List<String> BAD_SEGMENTS = List.of("not-a-uuid", "0", "-1", "null", "undefined",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "0123456789abcdef0123456789abcdef",
            "019abc12-3456-7def-8912-3456789abcdeX", "%7B019abc12-3456-7def-8912-3456789abcde%7D", "9".repeat(40), "1e400",
            "x".repeat(3000), "%00", "a%00b", "%C3%28", "%ED%A0%80", "%FF", "%C0%AF", "..%2F..%2Fetc%2Fpasswd",
            "a%2Fb", "%20", "%25", "'%20OR%20'1'='1", "%F0%9F%98%80", "%3B", "x%0D%0AX-Injected:%201");

    @Inject
    DataSource dataSource;

    @Test
    void shouldAnswer400Or404ToBadIdsAndSlugs() {
        Probe probe = new Probe(dataSource);
        for (Operation operation : probe.contract().operations()) {
            if (!operation.hasId() && !operation.hasSlug()) {
                continue;
            }
            List<String> segments = new ArrayList<>(Samples.pick(BAD_SEGMENTS, FIXED_PER_OPERATION, operation.key()));
            segments.add(UUID.randomUUID().toString());
            segments.add(UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
            Samples.draw(HostileStrings.any(), HOSTILE_PER_OPERATION, operation.key())
                    .forEach(text -> segments.add(HostileStrings.percentEncoded(text)));
            // A slug such as "null" may exist (a hostile write may have made it): then it is found.
            Expectation expected = operation.hasSlug() ? Expectation.status(200, 400, 404) : Expectation.status(400, 404);
            for (String segment : segments) {
                probe.send(Targets.validAt(operation, "path segment " + segment, operation.target(segment)), expected);
            }
        }
        probe.findings().assertNone();
    }
}
