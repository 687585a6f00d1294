package blog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Values that break (or sit exactly on) the constraints openapi.yaml declares for a property:
 * enum, format (uuid, date-time), pattern, maxLength (JSON Schema counts code points) and maxItems.
 */
final class Constraints {

    private static final Pattern UUID_TEXT = Pattern.compile("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$");
    private static final List<String> PATTERN_BREAKERS = List.of("Not A Slug", "-bad-", "a--b", "UPPER", "slug_",
            "javascript:alert(1)", "/relative", "http://", "ftp://example.com", "https://exa mple.com", "", " ", "\t\n");

    /** 4 bytes each: longer astral fillers would exceed the 1 MiB body limit. */
    private static final int MAX_ASTRAL = 100_000;

    private Constraints() {
    }

    static List<BodyCase> broken(String name, JsonNode property) {
        List<BodyCase> cases = new ArrayList<>();
        for (JsonNode value : property.path("enum")) {
            cases.add(invalid(name, "not-" + value.asText()));
            cases.add(invalid(name, value.asText().toUpperCase(Locale.ROOT) + "S"));
        }
        switch (property.path("format").asText()) {
            case "date-time" -> List.of("tomorrow", "2026-02-30T10:00:00Z", "2026-11-26 09:30:00", "2026-11-26T25:00:00Z",
                    "26/11/2026", "").forEach(text -> cases.add(invalid(name, text)));
            case "uuid" -> List.of("not-a-uuid", "", "019abc12-3456-7def-8912-3456789abcdeX", "{019abc12-3456-7def-8912-3456789abcde}")
                    .forEach(text -> cases.add(invalid(name, text)));
            default -> {
            }
        }
        String pattern = property.path("pattern").asText(null);
        if (pattern != null) {
            PATTERN_BREAKERS.stream().filter(text -> !Pattern.compile(pattern).matcher(text).find()
                    && (pattern.startsWith("^") || text.isBlank())).forEach(text -> cases.add(invalid(name, text)));
        }
        if (property.has("maxLength")) {
            int max = property.get("maxLength").asInt();
            cases.add(invalid(name, filler(property, max + 1, "a")));
            cases.add(BodyCase.set(name + " of exactly maxLength " + max, name, filler(property, max, "a"), Expectation.any()));
            if ((pattern == null || !pattern.startsWith("^[a-z")) && !property.has("format") && max <= MAX_ASTRAL) {
                // JSON Schema's maxLength counts code points: 300 emoji are a valid 300-character title.
                cases.add(BodyCase.setRaw(name + " of maxLength " + max + " code points, astral", name,
                        filler(property, max, "\uD83D\uDE00"), Expectation.status(200, 201)));
            }
        }
        if (property.has("maxItems")) {
            int max = property.get("maxItems").asInt();
            cases.add(BodyCase.set(name + " with maxItems + 1 entries", name,
                    IntStream.rangeClosed(0, max).mapToObj(i -> Fixtures.unique("item")).toList(), Expectation.invalid(name)));
            cases.add(BodyCase.set(name + " with an empty entry", name, List.of("ok", ""), Expectation.invalid(name)));
            cases.add(BodyCase.set(name + " with a 101-character entry", name, List.of("x".repeat(101)), Expectation.invalid(name)));
        }
        return cases;
    }

    /** What a request with {@code text} in this property must get: a 400 when it clearly breaks a constraint. */
    static Expectation expectation(String name, JsonNode property, String text) {
        boolean breaks = !property.path("enum").isEmpty() && !property.path("enum").toString().contains(Json.write(text, false))
                || property.path("format").asText().equals("uuid") && !UUID_TEXT.matcher(text).matches()
                || property.path("format").asText().equals("date-time") && !isDateTime(text)
                || property.path("pattern").asText().startsWith("^") && !Pattern.compile(property.path("pattern").asText()).matcher(text).find()
                || property.has("maxLength") && text.codePointCount(0, text.length()) > property.get("maxLength").asInt();
        return breaks ? Expectation.invalid(name) : Expectation.any();
    }

    private static BodyCase invalid(String name, String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
        return BodyCase.set(name + " = " + Json.write(shown, true), name, text, Expectation.invalid(name));
    }

    /** A value of {@code codePoints} code points that otherwise fits the property (URL or slug pattern), unique per call. */
    static String filler(JsonNode property, int codePoints, String pad) {
        String pattern = property.path("pattern").asText("");
        StringBuilder text = new StringBuilder(pattern.contains("https?") ? "https://example.com/" : "")
                .append(UUID.randomUUID().toString(), 0, 8);
        while (text.codePointCount(0, text.length()) < codePoints) {
            text.append(pad);
        }
        return text.toString();
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
