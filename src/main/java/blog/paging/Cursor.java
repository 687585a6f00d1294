package blog.paging;

import blog.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque keyset position: the sort it belongs to, the sort key and id of an item, and
 * whether the page wanted lies after it (next) or before it (previous).
 */
public record Cursor(String sort, boolean backward, String value, UUID id) {

    private static final String VERSION = "c1";

    public String encode() {
        String plain = String.join("\n", VERSION, sort, backward ? "prev" : "next", id.toString(), value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made for {@code sort}; anything else is a 400 naming the parameter. */
    public static Cursor decode(String encoded, String sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\n", 5);
        } catch (IllegalArgumentException e) {
            throw invalid("is not a cursor from this API");
        }
        if (parts.length != 5 || !VERSION.equals(parts[0]) || !(parts[2].equals("next") || parts[2].equals("prev"))) {
            throw invalid("is not a cursor from this API");
        }
        if (!parts[1].equals(sort)) {
            throw invalid("was made for another list or sort; keep the same list and sort while paging");
        }
        try {
            return new Cursor(parts[1], parts[2].equals("prev"), parts[4], UUID.fromString(parts[3]));
        } catch (IllegalArgumentException e) {
            throw invalid("is not a cursor from this API");
        }
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid("cursor", message);
    }
}
