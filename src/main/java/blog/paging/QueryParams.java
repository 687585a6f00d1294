package blog.paging;

import blog.json.StrictJsonModule;
import blog.problem.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Strict parsing of query parameters: a bad value is a 400 that names the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    public static int integer(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(name, "must be an integer from " + min + " to " + max);
    }

    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }

    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value);
            if (StrictJsonModule.inRange(instant)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiException.invalid(name, StrictJsonModule.INSTANT_PROBLEM);
    }
}
