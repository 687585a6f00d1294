package blog.fuzz;

import blog.fuzz.QueryValues.QueryCase;
import blog.fuzz.Samples.Gen;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Cursors a client could send instead of the one it was given: a real page.nextCursor with a
 * character flipped, cut short or extended; base64 of garbage; and forged cursors in the server's
 * own layout (read from the code: version, sort, direction, id, sort value) whose sort value is
 * junk, out of PostgreSQL's range, NUL or a lone surrogate. None may cause a 5xx.
 */
final class Cursors {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final List<String> FORGED_VALUES = List.of("not-a-date", "+1000000000-01-01T00:00:00Z",
            "-1000000000-01-01T00:00:00Z", "\u0000", "x".repeat(2000), "'; drop table posts; --", "\ud800", "", "1e400",
            "2026-11-26T09:30:00Z\u0000");
    private static final int FLIPS = 10;
    private static final int FORGED_PER_SORT = 3;

    private Cursors() {
    }

    static List<QueryCase> tampered(Operation operation, String cursor) {
        List<QueryCase> cases = new ArrayList<>();
        Gen<Integer> positions = Samples.intBetween(0, cursor.length() - 1);
        Gen<Character> replacements = Samples.oneOf(BASE64URL.chars().mapToObj(c -> (char) c).toList());
        Gen<String> flipped = random -> {
            int position = positions.next(random);
            return cursor.substring(0, position) + replacements.next(random) + cursor.substring(position + 1);
        };
        Samples.draw(flipped, FLIPS, operation.key() + "flip").forEach(text -> cases.add(anyCase("flipped cursor", text)));
        for (String text : List.of(cursor.substring(0, cursor.length() / 2), cursor.substring(0, cursor.length() - 1), "",
                cursor + "A", cursor + "%3D%3D", cursor + "%00", cursor.toUpperCase(Locale.ROOT), cursor + cursor)) {
            cases.add(anyCase("cut or extended cursor", text));
        }
        for (String text : List.of("!!!!", "x".repeat(3000), base64("garbage"), base64("c1\nnonsense"),
                Base64.getEncoder().encodeToString(cursor.getBytes()), "%FF%FE")) {
            cases.add(new QueryCase("garbage cursor", "cursor=" + text, Expectation.invalid("cursor")));
        }
        List<String> sorts = new ArrayList<>();
        operation.queryParameters().get("sort").path("enum").forEach(sort -> sorts.add(sort.asText()));
        for (String sort : sorts) {
            for (String value : Samples.draw(Samples.oneOf(FORGED_VALUES), FORGED_PER_SORT, operation.key() + sort)) {
                for (String direction : List.of("next", "prev")) {
                    String forged = base64("c1\n" + sort + "\n" + direction + "\n" + UUID.randomUUID() + "\n" + value);
                    cases.add(new QueryCase("forged " + direction + " cursor for sort " + sort + " with value "
                            + Json.write(value.length() > 40 ? value.substring(0, 40) + "…" : value, true),
                            "sort=" + sort + "&cursor=" + forged, Expectation.any()));
                }
            }
        }
        return cases;
    }

    private static QueryCase anyCase(String label, String cursor) {
        return new QueryCase(label, "cursor=" + cursor, Expectation.any());
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.utf8(text));
    }
}
