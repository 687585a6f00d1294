package blog.paging;

import blog.json.SafeText;
import blog.json.StrictJsonModule;
import blog.problem.ApiException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** How a list is ordered: a SQL expression, its direction and the type of its values. */
public record SortKey(String name, String expression, boolean descending, ValueType type) {

    /** The SQL type of a sort key, to carry its values through a cursor exactly. */
    public enum ValueType {
        TIMESTAMP("timestamptz"), TEXT("text"), REAL("real");

        final String sqlType;

        ValueType(String sqlType) {
            this.sqlType = sqlType;
        }

        public String sqlType() {
            return sqlType;
        }
    }

    /** The value of a result row as it is stored in a cursor. */
    public String encode(Object value) {
        return switch (type) {
            case TIMESTAMP -> toInstant(value).toString();
            case REAL -> Float.toString(((Number) value).floatValue());
            case TEXT -> value.toString();
        };
    }

    /** A cursor value as a query parameter; a value that is not of the key's type is a 400. */
    public Object decode(String value) {
        try {
            return switch (type) {
                case TIMESTAMP -> OffsetDateTime.ofInstant(inRange(Instant.parse(value)), java.time.ZoneOffset.UTC);
                case REAL -> finite(Float.parseFloat(value));
                case TEXT -> safe(value);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ApiException.invalid("cursor", "is not a cursor from this API");
        }
    }

    private static Instant inRange(Instant instant) {
        if (!StrictJsonModule.inRange(instant)) {
            throw new NumberFormatException("out of range");
        }
        return instant;
    }

    private static float finite(float value) {
        if (!Float.isFinite(value)) {
            throw new NumberFormatException("not finite");
        }
        return value;
    }

    private static String safe(String value) {
        if (!SafeText.isSafe(value)) {
            throw new NumberFormatException("not storable text");
        }
        return value;
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }
}
