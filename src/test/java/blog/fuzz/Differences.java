package blog.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How a resource read back after a write differs from what was written. */
final class Differences {

    private final List<String> found = new ArrayList<>();

    void expect(String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            found.add(field + ": expected " + quote(expected) + " but read " + quote(actual));
        }
    }

    void add(String difference) {
        found.add(difference);
    }

    /** Records a NOT_STORED_AS_SENT finding against the write when anything differed. */
    void report(Probe probe, Exchange written) {
        if (!found.isEmpty()) {
            probe.notStoredAsSent(written, String.join("; ", found));
        }
    }

    private static String quote(Object value) {
        return value instanceof String text ? Json.write(text, true) : String.valueOf(value);
    }
}
