package blog.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Strings PostgreSQL can store, and instants only as ISO-8601 strings within years 1–9999. */
public final class StrictJsonModule extends SimpleModule {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public static final String INSTANT_PROBLEM = "must be an ISO-8601 instant such as 2026-11-26T09:30:00Z, in years 1 to 9999";

    StrictJsonModule() {
        super("strict-json");
        addDeserializer(String.class, new SafeStrings());
        addDeserializer(Instant.class, new IsoInstants());
    }

    /** Whether an instant lies in the years the API stores (1 to 9999): for query parameters and cursors too. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    private static JsonMappingException invalid(JsonParser parser, String message) {
        return JsonMappingException.from(parser, message, new IllegalArgumentException(message));
    }

    private static final class SafeStrings extends StdDeserializer<String> {
        SafeStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            if (!SafeText.isSafe(text)) {
                throw invalid(parser, SafeText.PROBLEM);
            }
            return text;
        }
    }

    private static final class IsoInstants extends StdDeserializer<Instant> {
        IsoInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw invalid(parser, INSTANT_PROBLEM);
            }
            try {
                Instant instant = Instant.parse(parser.getText().strip());
                if (inRange(instant)) {
                    return instant;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw invalid(parser, INSTANT_PROBLEM);
        }
    }
}
