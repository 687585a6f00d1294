package blog.fuzz;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a fuzzed request must get beyond the rules every response obeys (no 5xx, no leak, problem
 * details, described by openapi.yaml): the statuses allowed (empty: any) and, for invalid input,
 * the field or parameter that the problem's {@code errors} must name.
 */
record Expectation(Set<Integer> statuses, String namedField) {

    /** Anything but a server error. */
    static Expectation any() {
        return new Expectation(Set.of(), null);
    }

    static Expectation status(Integer... statuses) {
        return new Expectation(Set.of(statuses), null);
    }

    /** A 400 whose errors name {@code field} (or an element of it, such as tags[0]). */
    static Expectation invalid(String field) {
        return new Expectation(Set.of(400), field);
    }

    boolean allows(int status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    @Override
    public String toString() {
        String allowed = statuses.isEmpty() ? "any status below 500"
                : Arrays.stream(statuses.toArray()).map(String::valueOf).sorted().collect(Collectors.joining(" or "));
        return namedField == null ? allowed : allowed + " naming '" + namedField + "'";
    }
}
