package blog.tag;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tag named in a write: a string (slug or name), or a tag object as a GET returned it,
 * so that a client can send a post back as it read it.
 */
@Schema(implementation = String.class, minLength = 1, maxLength = 100,
        description = "A tag's slug or name (case-insensitive); a tag that does not exist yet is created. A tag object {id, slug, name} from a GET is accepted too.",
        example = "Getting started")
public record TagReference(String text, UUID id) {

    public static final int MAX_LENGTH = 100;

    public static TagReference byId(UUID id) {
        return new TagReference(null, id);
    }

    /** Written back as the client would send it: the text, or {"id": …} for a known tag. */
    @JsonValue
    public Object json() {
        return id != null ? Map.of("id", id.toString()) : text;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TagReference from(JsonNode node) {
        if (node.isTextual()) {
            return ofText(node.textValue());
        }
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && id.isTextual()) {
                try {
                    return new TagReference(null, UUID.fromString(id.textValue()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("has an id that is not a UUID");
                }
            }
            JsonNode slug = node.has("slug") ? node.get("slug") : node.get("name");
            if (slug != null && slug.isTextual()) {
                return ofText(slug.textValue());
            }
        }
        throw new IllegalArgumentException("must be a tag name or slug");
    }

    private static TagReference ofText(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be 1 to " + MAX_LENGTH + " characters");
        }
        return new TagReference(stripped, null);
    }
}
