package blog.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Names the JSON field a Jackson error is about, the way a client wrote it. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String expectedType(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 instant such as 2026-11-26T09:30:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        return "an object";
    }

    static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.toString())
                .collect(Collectors.joining(", "));
    }
}
