package blog.fuzz;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The contract violations a fuzz run found, grouped so that a run with a thousand failing requests
 * still reads as a short list: one entry per kind of problem, operation and fuzz case, with a count
 * and the first request that showed it.
 */
final class Findings {

    /**
     * What one entry groups: CASE, every request of one fuzz case (label) to one operation;
     * OPERATION, every request to one operation with the same message; EVERYWHERE, the same
     * message from any operation (a schema flaw shared by all).
     */
    enum Scope { CASE, OPERATION, EVERYWHERE }

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern INDEX = Pattern.compile("/\\d+/");
    private static final int SHOWN = 150;

    private record Finding(String kind, String operation, String detail, String reproduction, int count) {
    }

    private final Map<String, Finding> distinct = new LinkedHashMap<>();
    private int exchanges;

    void sent() {
        exchanges++;
    }

    void add(String kind, Exchange exchange, String detail) {
        add(kind, exchange, detail, Scope.CASE);
    }

    void add(String kind, Exchange exchange, String detail, Scope scope) {
        String operation = scope == Scope.EVERYWHERE ? "(every operation, e.g. " + exchange.request().operation() + ")"
                : exchange.request().operation();
        String key = String.join("|", kind, scope == Scope.EVERYWHERE ? "" : operation,
                normalize(scope == Scope.CASE ? exchange.request().label() : detail));
        distinct.merge(key, new Finding(kind, operation, detail, exchange.reproduction(), 1),
                (first, next) -> new Finding(first.kind, first.operation, first.detail, first.reproduction, first.count + 1));
    }

    /**
     * Fails with every distinct finding (the first {@value #SHOWN} in full) and the seed that
     * reproduces them; with -Dfuzz.report=FILE the report is also appended to that file.
     */
    void assertNone() {
        Log.infof("Fuzzed %d requests (seed %d): %d distinct findings", exchanges, Samples.SEED, distinct.size());
        if (exchanges == 0) {
            throw new AssertionError("The fuzz run sent no request: it checked nothing");
        }
        if (distinct.isEmpty()) {
            return;
        }
        String kinds = distinct.values().stream()
                .collect(Collectors.groupingBy(Finding::kind, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(kind -> kind.getKey() + " " + kind.getValue()).collect(Collectors.joining(", "));
        String report = distinct.values().stream().limit(SHOWN)
                .map(finding -> String.format("%s %s (%d×): %s%n    %s", finding.kind, finding.operation, finding.count,
                        finding.detail, finding.reproduction))
                .collect(Collectors.joining("\n"));
        String message = String.format("%d distinct contract violations in %d requests (seed %s): %s%n"
                        + "(curl lines replay against ./mvnw quarkus:dev, whose admin token is dev-token)%n%s%s",
                distinct.size(), exchanges, Samples.SEED, kinds, report,
                distinct.size() > SHOWN ? "\n… and " + (distinct.size() - SHOWN) + " more" : "");
        append(message);
        throw new AssertionError(message);
    }

    private static String normalize(String text) {
        return INDEX.matcher(UUID.matcher(text).replaceAll("<id>")).replaceAll("/*/");
    }

    private static void append(String message) {
        String file = System.getProperty("fuzz.report");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), message + "\n\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                Log.warnf("cannot append the fuzz report to %s: %s", file, e.getMessage());
            }
        }
    }
}
