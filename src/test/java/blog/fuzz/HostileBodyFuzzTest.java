package blog.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import blog.fuzz.Exchange.Request;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile request bodies against every operation of openapi.yaml that takes one: never a 5xx or a
 * leak, always a documented problem, invalid input named, and a rejected write changes nothing.
 */
@QuarkusTest
class HostileBodyFuzzTest {

    private static final int RANDOM_CASES_PER_OPERATION = 30;
    /** POSTs get every malformed body; PUT and PATCH, which parse the same way, a sample. */
    private static final int MALFORMED_PER_UPDATE = 15;
    private static final int WRONG_TYPES_PER_FIELD = 3;
    private static final int LIMIT = 1024 * 1024;

    @Inject
    DataSource dataSource;

    @Test
    void shouldNeverAnswer5xxToHostileBodies() {
        Probe probe = new Probe(dataSource);
        FieldMutations mutations = new FieldMutations(probe.contract());
        for (Operation operation : bodyOperations(probe)) {
            String target = target(operation);
            List<BodyCase> cases = new ArrayList<>(operation.method().equals("POST") ? MalformedBodies.all()
                    : Samples.pick(MalformedBodies.all(), MALFORMED_PER_UPDATE, operation.key()));
            cases.addAll(Samples.draw(mutations.any(operation), RANDOM_CASES_PER_OPERATION, operation.key()));
            for (BodyCase bodyCase : cases) {
                Exchange exchange = probe.send(request(operation, target, bodyCase), bodyCase.expectation());
                ReadBack.check(probe, operation, exchange, bodyCase);
            }
        }
        probe.findings().assertNone();
    }

    @Test
    void shouldRejectWrongTypesInEveryFieldNamingIt() {
        Probe probe = new Probe(dataSource);
        FieldMutations mutations = new FieldMutations(probe.contract());
        for (Operation operation : bodyOperations(probe)) {
            String target = target(operation);
            for (String field : mutations.properties(operation).keySet()) {
                List<BodyCase> wrong = mutations.wrongTypes(operation, field);
                List<BodyCase> cases = new ArrayList<>(Samples.pick(wrong, WRONG_TYPES_PER_FIELD, operation.key() + field));
                wrong.stream().filter(bodyCase -> bodyCase.label().endsWith("although required") && !cases.contains(bodyCase))
                        .forEach(cases::add);
                for (BodyCase bodyCase : cases) {
                    probe.send(request(operation, target, bodyCase), bodyCase.expectation());
                }
            }
        }
        probe.findings().assertNone();
    }

    @Test
    void shouldAnswer413ProblemToBodiesOverTheLimit() {
        Probe probe = new Probe(dataSource);
        for (Operation operation : bodyOperations(probe)) {
            String target = target(operation);
            byte[] body = oversized(operation, operation.bodyLimit() + 1);
            String size = operation.bodyLimit() / (1024 * 1024) + " MiB + 1 byte";
            Request request = Request.of(operation, "body of " + size, target).header("Authorization", Probe.ADMIN)
                    .body(operation.bodyMediaType(), body);
            probe.send(request, Expectation.status(413));
            probe.send(request.label("chunked body of " + size + ", no Content-Length").asChunked(), Expectation.status(413));
        }
        Operation first = bodyOperations(probe).get(0);
        probe.send(Request.of(first, "chunked body of 4 MiB", target(first)).header("Authorization", Probe.ADMIN)
                .body(first.bodyMediaType(), oversized(FieldMutations.base(first), 4 * LIMIT)).asChunked(), Expectation.status(413));
        probe.findings().assertNone();
    }

    static List<Operation> bodyOperations(Probe probe) {
        List<Operation> operations = probe.contract().operations().stream().filter(Operation::hasBody).toList();
        assertThat(operations).extracting(Operation::method).contains("POST", "PUT", "PATCH");
        return operations;
    }

    /** The collection for a POST, a resource of the fuzzer's own for a PUT or PATCH. */
    static String target(Operation operation) {
        return operation.hasId() ? operation.target(Fixtures.of(operation.resource()).id()) : operation.path();
    }

    static Request request(Operation operation, String target, BodyCase bodyCase) {
        return Request.of(operation, bodyCase.label(), target).header("Authorization", Probe.ADMIN)
                .body(operation.bodyMediaType(), bodyCase.bytes(FieldMutations.base(operation)));
    }

    /** Valid JSON of exactly {@code size} bytes: the base body plus an unknown field of padding. */
    private static byte[] oversized(Map<String, Object> base, int size) {
        String head = Json.write(base, true).replaceFirst("}$", ",\"padding\":\"");
        String tail = "\"}";
        return (head + "a".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.US_ASCII);
    }

    /** A valid import file of exactly {@code size} bytes: an export of nothing, then white space (an export has no padding field). */
    private static byte[] oversized(Operation operation, int size) {
        if (!operation.resource().equals("imports")) {
            return oversized(FieldMutations.base(operation), size);
        }
        String head = Json.write(FieldMutations.base(operation), true).replaceFirst("}$", "");
        return (head + " ".repeat(size - head.length() - 1) + "}").getBytes(StandardCharsets.US_ASCII);
    }
}
