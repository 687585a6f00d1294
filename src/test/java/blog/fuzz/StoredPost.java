package blog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares a post read back by id with what was written: title trimmed, Markdown exact, tags by
 * name in the predicted order, featured, status and publishedAt, the author's excerpt, and HTML
 * rendered without anything executable.
 */
final class StoredPost {

    private static final Pattern UNSAFE_HTML = Pattern.compile(
            "(?i)<script|<iframe|<[^>]*\\son[a-z]+\\s*=|(href|src)\\s*=\\s*[\"']?\\s*javascript:");

    private StoredPost() {
    }

    /** {@code publication} is {status, publishedAt} as sent on create; null for PUT and PATCH. */
    static void verify(Probe probe, TagBook book, Exchange written, String id, Map<String, Object> sent,
                       List<String> expectedTags, Object[] publication) {
        JsonNode stored = ReadBack.read(probe, "posts", id, written.request().label());
        book.learn(stored.path("tags"));
        Differences differences = new Differences();
        differences.expect("title", ((String) sent.get("title")).strip(), stored.path("title").asText(null));
        if (sent.containsKey("markdown")) {
            differences.expect("markdown", sent.get("markdown"), stored.path("markdown").asText(null));
        }
        List<String> tagNames = new ArrayList<>();
        stored.path("tags").forEach(tag -> tagNames.add(tag.path("name").asText()));
        differences.expect("tags", expectedTags, tagNames);
        differences.expect("featured", sent.get("featured"), stored.path("featured").isBoolean() ? stored.path("featured").asBoolean() : null);
        if (sent.containsKey("excerpt") && publication != null) {
            differences.expect("excerpt", sent.get("excerpt"), stored.path("excerpt").asText(null));
        }
        if (publication != null) {
            publication(differences, publication, stored);
        }
        if (UNSAFE_HTML.matcher(stored.path("html").asText("")).find()) {
            differences.add("html is not sanitised: " + stored.path("html").asText());
        }
        differences.report(probe, written);
    }

    private static void publication(Differences differences, Object[] publication, JsonNode stored) {
        String status = publication[0] == null ? "draft" : (String) publication[0];
        differences.expect("status", status, stored.path("status").asText(null));
        if (publication[1] != null) {
            String publishedAt = stored.path("publishedAt").asText("");
            differences.expect("publishedAt", Instant.parse((String) publication[1]),
                    publishedAt.isEmpty() ? null : Instant.parse(publishedAt));
        } else if (status.equals("draft") != stored.path("publishedAt").isNull()) {
            differences.add("publishedAt " + stored.path("publishedAt") + " for a " + status + " post written without one");
        }
    }
}
