package blog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * One operation of openapi.yaml: its method and path template, the media type and schema of its
 * request body (null without one), its query parameters' schemas, the names of its header
 * parameters, its declared status codes and the media types of its successful answers.
 */
record Operation(String method, String path, String bodyMediaType, String bodySchema,
                 Map<String, JsonNode> queryParameters, Set<String> headerParameters, Set<String> statuses,
                 Set<String> answerMediaTypes) {

    /** "GET /api/v1/posts/{id}", as reports name it. */
    String key() {
        return method + " " + path;
    }

    /** posts, tags, authors, tokens, webhooks or changes. */
    String resource() {
        return path.split("/")[3];
    }

    /** Whether even a read needs a token (an admin's). */
    boolean adminOnly() {
        return Set.of("tokens", "webhooks", "imports", "export").contains(resource());
    }

    /** The largest body the operation takes: an import file's limit (application.properties, %test), or the API's 1 MiB. */
    int bodyLimit() {
        return resource().equals("imports") ? 8 * 1024 * 1024 : 1024 * 1024;
    }

    /** On one resource: /{id}, or below it (/{id}/deliveries). */
    boolean hasId() {
        return path.contains("/{id}");
    }

    boolean hasSlug() {
        return path.endsWith("/{slug}");
    }

    /** A GET of a collection: no path parameter (a sitemap file's {number} or a preview's {token} is one). */
    boolean isList() {
        return method.equals("GET") && !path.contains("{");
    }

    boolean hasBody() {
        return bodyMediaType != null;
    }

    /** The path with its id or slug, already encoded, in place (and a delivery id that names no delivery). */
    String target(String encodedParameter) {
        return path.replace("{id}", encodedParameter).replace("{slug}", encodedParameter).replace("{deliveryId}", NO_CHILD)
                .replace("{previewId}", NO_CHILD);
    }

    /** The id of a delivery or preview below the resource, which no such one has. */
    private static final String NO_CHILD = "00000000-0000-0000-0000-000000000000";
}
