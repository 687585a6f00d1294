package blog.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tag or author named in a post write: a string (slug or name), or the object a GET returned
 * ({id, slug, name}), so that a client can send a post back as it read it.
 */
@Schema(name = "Reference", implementation = String.class, minLength = 1, maxLength = 100,
        description = "A slug or name; an object {id, slug, name} as a GET returns it is accepted too.",
        example = "getting-started")
public record Reference(String text, UUID id) {

    public static final int MAX_LENGTH = 100;

    public static Reference byId(UUID id) {
        return new Reference(null, id);
    }

    /** Written back as the client would send it: the text, or {"id": …} for a known tag. */
    @JsonValue
    public Object json() {
        return id != null ? Map.of("id", id.toString()) : text;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Reference from(JsonNode node) {
        if (node.isTextual()) {
            return ofText(node.textValue());
        }
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && id.isTextual()) {
                try {
                    return new Reference(null, UUID.fromString(id.textValue()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("has an id that is not a UUID");
                }
            }
            JsonNode slug = node.has("slug") ? node.get("slug") : node.get("name");
            if (slug != null && slug.isTextual()) {
                return ofText(slug.textValue());
            }
        }
        throw new IllegalArgumentException("must be a name or slug");
    }

    private static Reference ofText(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be 1 to " + MAX_LENGTH + " characters");
        }
        if (!SafeText.isSafe(stripped)) {
            throw new IllegalArgumentException(SafeText.PROBLEM);
        }
        return new Reference(stripped, null);
    }
}
