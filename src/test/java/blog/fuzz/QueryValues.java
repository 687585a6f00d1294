package blog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Query parameter values derived from a parameter's schema in openapi.yaml: values it declares
 * invalid (each a 400 naming the parameter), values on its edges that a lenient server may take
 * either way, and values it declares valid (each a 200). Values are already percent-encoded.
 */
final class QueryValues {

    /** One value for a parameter and what it must get. */
    record QueryCase(String label, String query, Expectation expectation) {
    }

    private QueryValues() {
    }

    static List<QueryCase> invalid(String name, JsonNode schema) {
        List<String> values = new ArrayList<>();
        switch (Json.type(schema)) {
            case "integer" -> {
                values.addAll(List.of("abc", "1.5", "1e2", "0x10", "2147483648", "99999999999999999999999", "-", "%00", "5%00"));
                if (schema.has("minimum")) {
                    values.add(String.valueOf(schema.get("minimum").asLong() - 1));
                    values.add("-1");
                }
                if (schema.has("maximum")) {
                    values.add(String.valueOf(schema.get("maximum").asLong() + 1));
                }
            }
            case "boolean" -> values.addAll(List.of("yes", "1", "null", "t"));
            default -> {
            }
        }
        for (JsonNode value : schema.path("enum")) {
            values.addAll(List.of("not" + value.asText(), value.asText().toUpperCase(Locale.ROOT) + "X", value.asText() + "%00"));
        }
        if (!schema.path("enum").isEmpty()) {
            values.addAll(List.of("junk", "%3B%20drop%20table%20posts"));
        }
        if (schema.path("format").asText().equals("date-time")) {
            values.addAll(List.of("tomorrow", "2026-02-30T00:00:00Z", "2026-11-26", "2026-11-26T09:30:00", "1700000000",
                    "2026-11-26T25:00:00Z"));
        }
        if (schema.has("minLength")) {
            values.add("%20%20%20");
        }
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            values.addAll(List.of("x".repeat(max + 1), "a%00b"));
        }
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asText());
            List.of("Not%20A%20Slug", "UPPER,", ",", "a,,b", "-bad-", "slug_").stream()
                    .filter(value -> !pattern.matcher(URLDecoder.decode(value, StandardCharsets.UTF_8)).find())
                    .forEach(values::add);
        }
        return values.stream().distinct().map(value -> new QueryCase(name + "=" + value, name + "=" + value,
                Expectation.invalid(name))).toList();
    }

    /** An empty value may be taken for an absent parameter. */
    static List<QueryCase> edges(String name, JsonNode schema) {
        List<String> values = new ArrayList<>(List.of(""));
        if (Json.type(schema).equals("integer")) {
            values.addAll(List.of("+5", "%205", "05", "%D9%A3", "5%20"));
        }
        if (schema.path("format").asText().equals("date-time")) {
            values.addAll(List.of("%2B100000-01-01T00:00:00Z", "-100000-01-01T00:00:00Z", "%2B1000000000-12-31T23:59:59.999999999Z",
                    "2026-11-26t09:30:00z", "0000-01-01T00:00:00Z"));
        }
        if (schema.has("maxLength")) {
            values.add("%F0%9F%98%80".repeat(schema.get("maxLength").asInt()));
        }
        return values.stream().map(value -> new QueryCase(name + "=" + value + " (edge)", name + "=" + value,
                Expectation.any())).toList();
    }

    static List<QueryCase> valid(String name, JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (Json.type(schema).equals("integer")) {
            values.add(schema.path("minimum").asText("1"));
            if (schema.has("maximum")) {
                values.add(schema.get("maximum").asText());
            }
        }
        // relevance ranks search results; without q there is nothing to rank by.
        schema.path("enum").forEach(value -> {
            if (!value.asText().equals("relevance")) {
                values.add(value.asText());
            }
        });
        if (Json.type(schema).equals("boolean")) {
            values.addAll(List.of("true", "false"));
        }
        if (schema.path("format").asText().equals("date-time")) {
            values.addAll(List.of("2026-11-26T09:30:00Z", "2026-11-26T09:30:00.123456789Z", "2026-11-26T09:30:00%2B02:00"));
        }
        if (schema.has("maxLength")) {
            values.addAll(List.of("x", "x".repeat(schema.get("maxLength").asInt())));
            if (!schema.has("pattern")) {
                values.add("%22quoted%20phrase%22%20or%20-exclude");
            }
        }
        return values.stream().map(value -> new QueryCase(name + "=" + value + " (valid)", name + "=" + value,
                Expectation.status(200))).toList();
    }
}
