package blog.cdn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids a single resource's JSON names: its own ("id") and those of the tags and authors it
 * embeds. A streaming parser reads them and skips every other value without decoding it, so a
 * post's long markdown and html cost one scan of their bytes, like the ETag's hash.
 */
record EmbeddedIds(String id, List<String> tagIds, List<String> authorIds) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The ids in a JSON object, or null when the body is not one or names no id. */
    static EmbeddedIds read(byte[] body) {
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
            return id == null ? null : new EmbeddedIds(id, tagIds, authorIds);
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
