package blog.cdn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids a single resource's JSON names: its own ("id") and those of the tags and authors it
 * embeds. A streaming parser reads them and skips every other value without decoding it, so a
 * post's long markdown and html cost one scan of their bytes, like the ETag's hash.
 */
record EmbeddedIds(String id, List<String> tagIds, List<String> authorIds) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Where a post's tags begin: after its long markdown and html, which this need not scan (a string cannot hold an unescaped quote). */
    private static final byte[] TAGS_FIELD = ",\"tags\":[".getBytes(StandardCharsets.US_ASCII);

    /**
     * The ids in a JSON object, or null when the body is not one or names no id. A post (as
     * PostgreSQL writes it: id first, tags and authors near the end) is read at both ends only.
     */
    static EmbeddedIds read(byte[] body) {
        int tags = lastIndexOf(body, TAGS_FIELD);
        if (tags < 0) {
            return withId(readWhole(body));
        }
        byte[] tail = new byte[body.length - tags];
        tail[0] = '{';
        System.arraycopy(body, tags + 1, tail, 1, tail.length - 1);
        EmbeddedIds embedded = readWhole(tail);
        String id = firstId(body);
        return embedded == null || id == null ? withId(readWhole(body)) : new EmbeddedIds(id, embedded.tagIds(), embedded.authorIds());
    }

    private static EmbeddedIds withId(EmbeddedIds ids) {
        return ids == null || ids.id() == null ? null : ids;
    }

    /** The object's first member's value if that member is "id". */
    private static String firstId(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && parser.currentName().equals("id") && parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static int lastIndexOf(byte[] body, byte[] part) {
        for (int i = body.length - part.length; i >= 0; i--) {
            int j = 0;
            while (j < part.length && body[i + j] == part[j]) {
                j++;
            }
            if (j == part.length) {
                return i;
            }
        }
        return -1;
    }

    private static EmbeddedIds readWhole(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            List<String> tagIds = new ArrayList<>();
            List<String> authorIds = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "tags" -> readIds(parser, tagIds);
                    case "authors" -> readIds(parser, authorIds);
                    default -> parser.skipChildren();
                }
            }
            return new EmbeddedIds(id, tagIds, authorIds);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The "id" of each object in the array the parser is at ([{"id", "slug", "name"}, …]). */
    private static void readIds(JsonParser parser, List<String> ids) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING && field.equals("id")) {
                    ids.add(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        }
    }
}
