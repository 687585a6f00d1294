package blog.fuzz;

import java.util.Map;
import java.util.function.Function;

/**
 * A fuzzed request body: made from a valid base body (fresh names, so that only the fuzzed part
 * can be wrong), with what the answer must be. When {@code field} and a String {@code value} are
 * set and the write is accepted, the stored field must read back as that value (trimmed).
 */
record BodyCase(String label, Function<Map<String, Object>, byte[]> body, Expectation expectation, String field,
                Object value) {

    static BodyCase raw(String label, Expectation expectation, Function<Map<String, Object>, byte[]> body) {
        return new BodyCase(label, body, expectation, null, null);
    }

    /** The base body with {@code field} set to {@code value}, non-ASCII escaped as \\u (pure ASCII on the wire). */
    static BodyCase set(String label, String field, Object value, Expectation expectation) {
        return new BodyCase(label, base -> Json.escaped(with(base, field, value)), expectation, field, value);
    }

    /** The same, with non-ASCII as UTF-8 bytes (lone surrogates as invalid three-byte sequences). */
    static BodyCase setRaw(String label, String field, Object value, Expectation expectation) {
        return new BodyCase(label, base -> Json.raw(with(base, field, value)), expectation, field, value);
    }

    static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(base);
        body.put(field, value);
        return body;
    }

    byte[] bytes(Map<String, Object> base) {
        return body.apply(base);
    }
}
