package blog.fuzz;

import blog.fuzz.Exchange.Request;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Sends fuzzed requests and judges each answer: the rules of {@link ResponseChecks}, the case's own
 * {@link Expectation}, and for every write answered 4xx (or 5xx) a database left exactly as it was.
 */
final class Probe {

    static final String ADMIN = "Bearer test-token";

    private final OpenApiContract contract = OpenApiContract.load();
    private final Findings findings = new Findings();
    private final DatabaseFingerprint database;
    /** The database as the last write left it; null when it may have changed since (a fixture, no answer). */
    private Map<String, String> known;
    private int fixturesSeen = -1;

    Probe(DataSource dataSource) {
        this.database = new DatabaseFingerprint(dataSource);
    }

    OpenApiContract contract() {
        return contract;
    }

    Findings findings() {
        return findings;
    }

    Operation operation(String key) {
        return contract.operations().stream().filter(operation -> operation.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("openapi.yaml has no operation " + key));
    }

    Exchange send(Request request, Expectation expected) {
        Operation operation = operation(request.operation());
        Map<String, String> before = request.isWrite() ? fingerprint() : null;
        Exchange exchange = RawHttp.send(request);
        ResponseChecks.check(contract, operation, exchange, expected, findings);
        if (before == null) {
            return exchange;
        }
        known = null;
        if (exchange.response() == null) {
            return exchange;
        }
        int status = exchange.response().status();
        Map<String, String> after = database.take();
        if (status >= 400 && !after.equals(before)) {
            findings.add("DATA_CHANGED_BY_REJECTED_WRITE", exchange, DatabaseFingerprint.difference(before, after));
        } else if (status < 300 && after.equals(before)) {
            // Proves the fingerprint can see a write at all (every accepted write here changes something).
            findings.add("FINGERPRINT_BLIND", exchange, "an accepted write left the fingerprint unchanged");
        }
        known = after;
        return exchange;
    }

    /** Reads (GETs never write here) keep the fingerprint; writes and new fixtures invalidate it. */
    private Map<String, String> fingerprint() {
        if (known == null || fixturesSeen != Fixtures.made) {
            known = database.take();
            fixturesSeen = Fixtures.made;
        }
        return known;
    }

    /** The JSON body of a 2xx answer, or null (the failure is already a finding when it matters). */
    static JsonNode body(Exchange exchange) {
        if (exchange.response() == null || exchange.response().status() >= 300) {
            return null;
        }
        return ResponseChecks.parse(exchange.response());
    }

    /** A JSON write with the admin token that must get {@code status}. */
    Exchange write(String operationKey, String target, String label, String mediaType, Map<String, Object> body, int status) {
        return send(Request.of(operation(operationKey), label, target).header("Authorization", ADMIN)
                .body(mediaType, Json.raw(body)), Expectation.status(status));
    }

    /** DELETE answers 204, and then GET by id 404. */
    void deleteForGood(String resource, String id) {
        Operation delete = operation("DELETE /api/v1/" + resource + "/{id}");
        send(Request.of(delete, "valid DELETE", delete.target(id)).header("Authorization", ADMIN), Expectation.status(204));
        Operation get = operation("GET /api/v1/" + resource + "/{id}");
        send(Request.of(get, "GET after DELETE", get.target(id)).header("Authorization", ADMIN), Expectation.status(404));
    }

    /** Records that an accepted write did not store what was sent. */
    void notStoredAsSent(Exchange exchange, String detail) {
        findings.add("NOT_STORED_AS_SENT", exchange, detail);
    }
}
