package blog.fuzz;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation of openapi.yaml with a wrong Content-Type, Accept, Authorization, If-Match or
 * Idempotency-Key, everything else being valid: the documented 4xx, and no write.
 */
@QuarkusTest
class HostileHeaderFuzzTest {

    private static final int AUTHORIZATIONS_PER_OPERATION = 3;
    private static final int UNSUPPORTED_PER_OPERATION = 5;
    private static final int LENIENT_PER_OPERATION = 3;

    @Inject
    DataSource dataSource;

    @Test
    void shouldAnswer415ToBodiesOfOtherMediaTypes() {
        Probe probe = new Probe(dataSource);
        Targets targets = new Targets();
        for (Operation operation : HostileBodyFuzzTest.bodyOperations(probe)) {
            String other = operation.bodyMediaType().equals("application/json") ? "application/merge-patch+json" : "application/json";
            List<String> unsupported = List.of("text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/json-patch+json", "application/octet-stream", other);
            for (String contentType : Samples.pick(unsupported, UNSUPPORTED_PER_OPERATION, operation.key())) {
                probe.send(targets.valid(operation, "Content-Type " + contentType).header("Content-Type", contentType),
                        Expectation.status(415));
            }
            // Media types are case-insensitive and may carry parameters; a missing one may be taken for JSON.
            List<String> lenient = List.of("garbage", "/", "application/", ";;;", "application/json; charset=\u00ff",
                    operation.bodyMediaType() + "; charset=utf-8", operation.bodyMediaType().toUpperCase(Locale.ROOT),
                    operation.bodyMediaType() + "; charset=iso-8859-1", "");
            for (String contentType : Samples.pick(lenient, LENIENT_PER_OPERATION, operation.key())) {
                probe.send(targets.valid(operation, "Content-Type '" + contentType + "'")
                        .header("Content-Type", contentType.isEmpty() ? null : contentType), Expectation.any());
            }
        }
        probe.findings().assertNone();
    }

    @Test
    void shouldAnswer406WhenJsonIsNotAcceptable() {
        Probe probe = new Probe(dataSource);
        Targets targets = new Targets();
        for (Operation operation : probe.contract().operations()) {
            // A 204 has no representation to negotiate, so a DELETE may ignore Accept.
            Expectation notAcceptable = operation.method().equals("DELETE") ? Expectation.status(204, 406) : Expectation.status(406);
            for (String accept : Samples.pick(List.of("text/html", "application/xml", "image/png",
                    "text/html, application/xml;q=0.9"), 2, operation.key())) {
                // A sitemap is application/xml: that Accept admits it.
                boolean admitted = operation.answerMediaTypes().stream().anyMatch(type -> accept.contains(type));
                probe.send(targets.valid(operation, "Accept " + accept).header("Accept", accept),
                        admitted ? Expectation.status(200) : notAcceptable);
            }
            for (String accept : Samples.pick(List.of("*/*", "application/*", "application/json;q=0", "garbage;;;,,",
                    "application/json;q=abc"), 2, operation.key())) {
                probe.send(targets.valid(operation, "Accept " + accept).header("Accept", accept), Expectation.any());
            }
        }
        probe.findings().assertNone();
    }

    @Test
    void shouldAnswer401WithChallengeToMissingOrBadTokens() {
        Probe probe = new Probe(dataSource);
        Targets targets = new Targets();
        // No NUL or CR/LF: the HTTP codec rejects those before the application sees the request.
        List<String> bad = List.of("Bearer", "Bearer ", "Bearer " + "x".repeat(4000), "Basic dGVzdDp0ZXN0", "Token test-token",
                "Bearer test-token extra", "Bearer test-tok\u00e9n", "Bearer blog_' OR '1'='1", "Bearer \u00f0\u009f\u0098\u0080");
        for (Operation operation : probe.contract().operations()) {
            boolean needsToken = !operation.method().equals("GET") || operation.adminOnly();
            if (needsToken) {
                probe.send(targets.valid(operation, "no Authorization").header("Authorization", null), Expectation.status(401));
            }
            for (String authorization : Samples.pick(bad, AUTHORIZATIONS_PER_OPERATION, operation.key())) {
                probe.send(targets.valid(operation, "Authorization " + authorization).header("Authorization", authorization),
                        Expectation.status(401));
            }
            probe.send(targets.valid(operation, "lower-case scheme").header("Authorization", "bearer test-token"),
                    Expectation.any());
        }
        probe.findings().assertNone();
    }

    @Test
    void shouldAnswer412ToIfMatchOfAnotherVersion() {
        Probe probe = new Probe(dataSource);
        Targets targets = new Targets();
        List<String> stale = List.of("\"nope\"", "W/\"nope\"", "\"\"", "\"a\", \"b\"", "\"" + "x".repeat(3000) + "\"");
        for (Operation operation : probe.contract().operations()) {
            if (!operation.headerParameters().contains("If-Match")) {
                continue;
            }
            for (String ifMatch : stale) {
                probe.send(targets.valid(operation, "If-Match " + ifMatch).header("If-Match", ifMatch), Expectation.status(412));
            }
            // Header values cannot carry control characters; an empty If-Match may be taken as none.
            for (String ifMatch : Samples.draw(HostileStrings.any().map(text -> text.replaceAll("[\\x00-\\x1f\\x7f]", "").strip())
                    .filter(text -> !text.isEmpty()), 3, operation.key())) {
                probe.send(targets.valid(operation, "If-Match " + ifMatch).header("If-Match", latin1(ifMatch)),
                        Expectation.status(400, 412));
            }
        }
        probe.findings().assertNone();
    }

    @Test
    void shouldRejectBadIdempotencyKeysAndNotBurnKeysOnRejectedCreates() {
        Probe probe = new Probe(dataSource);
        Targets targets = new Targets();
        for (Operation operation : probe.contract().operations()) {
            if (!operation.headerParameters().contains("Idempotency-Key")) {
                continue;
            }
            for (String key : List.of("k".repeat(256), "with space", latin1("\u043a\u043b\u044e\u0447"), "tab\there")) {
                probe.send(targets.valid(operation, "Idempotency-Key '" + key + "'").header("Idempotency-Key", key),
                        Expectation.invalid("Idempotency-Key"));
            }
            String key = Fixtures.unique("fuzz-key");
            probe.send(targets.valid(operation, "rejected create with a fresh Idempotency-Key").header("Idempotency-Key", key)
                    .body(operation.bodyMediaType(), Json.escaped(Map.of("colour", "red"))), Expectation.status(400));
            probe.send(targets.valid(operation, "valid create reusing the Idempotency-Key of a rejected one")
                    .header("Idempotency-Key", key), Expectation.status(201));
        }
        probe.findings().assertNone();
    }

    /** UTF-8 bytes as ISO-8859-1 characters, so that RawHttp puts the UTF-8 bytes on the wire. */
    private static String latin1(String text) {
        return new String(Json.utf8(text), StandardCharsets.ISO_8859_1);
    }
}
