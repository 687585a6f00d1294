package blog.fuzz;

import blog.fuzz.Samples.Gen;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Valid generated posts (emoji, right-to-left and combining titles, Markdown with code blocks and
 * typographic quotes, new and existing tags) are accepted and read back exactly as written (title
 * trimmed, tags in order) after POST, PUT and PATCH, and are gone after DELETE.
 */
@QuarkusTest
class ValidWriteFuzzTest {

    private static final int POSTS = 18;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    private record PostDraft(String title, String markdown, List<TagBook.Choice> tags, Object[] publication,
                             boolean featured, String excerpt) {
    }

    @Test
    void shouldStoreGeneratedPostsExactlyAsSent() {
        Probe probe = new Probe(dataSource);
        TagBook book = new TagBook();
        Gen<String> titles = ValidContent.title();
        Gen<String> markdowns = ValidContent.markdown();
        Gen<List<TagBook.Choice>> tags = TagBook.choices();
        Gen<Object[]> publications = ValidContent.publication();
        Gen<Boolean> featured = Samples.oneOf(true, false);
        Gen<String> excerpts = Samples.anyOf(Samples.just(""), ValidContent.words(1, 5));
        Gen<PostDraft> drafts = random -> {
            String title = titles.next(random);
            String markdown = markdowns.next(random);
            List<TagBook.Choice> choices = tags.next(random);
            Object[] publication = publications.next(random);
            boolean isFeatured = featured.next(random);
            return new PostDraft(title, markdown, choices, publication, isFeatured, excerpts.next(random));
        };
        List<PostDraft> samples = Samples.draw(drafts, POSTS * 3, "posts");
        for (int i = 0; i < POSTS; i++) {
            String id = create(probe, book, samples.get(i));
            if (id != null) {
                replace(probe, book, id, samples.get(POSTS + i));
                patch(probe, book, id, samples.get(2 * POSTS + i));
                probe.deleteForGood("posts", id);
            }
        }
        probe.findings().assertNone();
    }

    private static String create(Probe probe, TagBook book, PostDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", draft.title());
        body.put("markdown", draft.markdown());
        List<String> references = book.references(draft.tags());
        body.put("tags", references);
        body.put("featured", draft.featured());
        if (draft.publication()[0] != null) {
            body.put("status", draft.publication()[0]);
        }
        if (draft.publication()[1] != null) {
            body.put("publishedAt", draft.publication()[1]);
        }
        if (!draft.excerpt().isEmpty()) {
            body.put("excerpt", draft.excerpt());
        }
        List<String> expectedTags = book.expectedNames(references);
        Exchange created = probe.write("POST /api/v1/posts", "/api/v1/posts", "valid post", "application/json", body, 201);
        JsonNode response = Probe.body(created);
        if (response == null) {
            return null;
        }
        String id = response.path("id").asText();
        StoredPost.verify(probe, book, created, id, body, expectedTags, draft.publication());
        return id;
    }

    /** PUT of the document as GET returned it, read-only fields and all, with a new title, Markdown and tags. */
    private static void replace(Probe probe, TagBook book, String id, PostDraft draft) {
        JsonNode current = ReadBack.read(probe, "posts", id, "before PUT");
        if (!current.isObject()) {
            return;
        }
        ObjectNode document = current.deepCopy();
        List<String> references = book.references(draft.tags());
        List<String> expectedTags = book.expectedNames(references);
        document.put("title", draft.title()).put("markdown", draft.markdown());
        document.set("tags", JSON.valueToTree(references));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.convertValue(document, Map.class);
        Exchange replaced = probe.write("PUT /api/v1/posts/{id}", "/api/v1/posts/" + id,
                "valid PUT of the GET document, edited", "application/json", body, 200);
        if (Probe.body(replaced) != null) {
            StoredPost.verify(probe, book, replaced, id, body, expectedTags, null);
        }
    }

    private static void patch(Probe probe, TagBook book, String id, PostDraft draft) {
        List<String> references = book.references(draft.tags());
        List<String> expectedTags = book.expectedNames(references);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("title", draft.title(), "tags", references,
                "featured", draft.featured()));
        Exchange patched = probe.write("PATCH /api/v1/posts/{id}", "/api/v1/posts/" + id, "valid merge patch",
                "application/merge-patch+json", body, 200);
        if (Probe.body(patched) != null) {
            StoredPost.verify(probe, book, patched, id, body, expectedTags, null);
        }
    }
}
