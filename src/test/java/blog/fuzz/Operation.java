package blog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * One operation of openapi.yaml: its method and path template, the media type and schema of its
 * request body (null without one), its query parameters' schemas, the names of its header
 * parameters and its declared status codes.
 */
record Operation(String method, String path, String bodyMediaType, String bodySchema,
                 Map<String, JsonNode> queryParameters, Set<String> headerParameters, Set<String> statuses) {

    /** "GET /api/v1/posts/{id}", as reports name it. */
    String key() {
        return method + " " + path;
    }

    /** posts, tags, authors or tokens. */
    String resource() {
        return path.split("/")[3];
    }

    boolean hasId() {
        return path.endsWith("/{id}");
    }

    boolean hasSlug() {
        return path.endsWith("/{slug}");
    }

    boolean isList() {
        return method.equals("GET") && !hasId() && !hasSlug();
    }

    boolean hasBody() {
        return bodyMediaType != null;
    }

    /** The path with its one parameter, already encoded, in place. */
    String target(String encodedParameter) {
        return path.replace("{id}", encodedParameter).replace("{slug}", encodedParameter);
    }
}
