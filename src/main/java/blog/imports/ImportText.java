package blog.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The text handling every reader and writer of an import shares. */
final class ImportText {

    private ImportText() {
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** At most {@code length} characters (code points, as PostgreSQL counts them); a clipped text ends with an ellipsis. */
    static String clip(String text, int length) {
        if (text == null || text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length - 1)).strip() + "…";
    }

    /** The first line of a message, at most 300 characters. */
    static String firstLine(String message) {
        return clip(message == null ? "" : message.lines().findFirst().orElse(""), 300);
    }

    /** A field of a JSON row as text (an object or array as its JSON), without the NUL characters PostgreSQL refuses; null when absent. */
    static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : (value.isValueNode() ? value.asText() : value.toString()).replace("\u0000", "");
    }

    /** A JSON array of strings, without NUL characters; empty when absent. */
    static List<String> texts(JsonNode row, String field) {
        List<String> values = new ArrayList<>();
        row.path(field).forEach(value -> values.add(value.asText().replace("\u0000", "")));
        return values;
    }
}
