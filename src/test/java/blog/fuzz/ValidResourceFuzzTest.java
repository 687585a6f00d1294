package blog.fuzz;

import blog.fuzz.Exchange.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Valid generated tags, authors and tokens (names and texts with emoji, right-to-left and
 * combining characters) are accepted, read back as written after each write, and gone (or, for a
 * token, no longer accepted) after DELETE.
 */
@QuarkusTest
class ValidResourceFuzzTest {

    private static final int EACH = 10;

    @Inject
    DataSource dataSource;

    @Test
    void shouldStoreGeneratedTagsAndAuthorsExactlyAsSent() {
        Probe probe = new Probe(dataSource);
        List<String> names = Samples.draw(ValidContent.newTagName(), 4 * EACH, "names");
        List<String> texts = Samples.draw(ValidContent.markdown(), 4 * EACH, "texts");
        for (int i = 0; i < EACH; i++) {
            Map<String, Object> tag = map("name", names.get(i), "description", texts.get(i));
            String tagId = createAndVerify(probe, "tags", tag);
            if (tagId != null) {
                writeAndVerify(probe, "PUT", "tags", tagId, map("name", names.get(EACH + i), "description", texts.get(EACH + i)));
                writeAndVerify(probe, "PATCH", "tags", tagId, map("description", null));
                probe.deleteForGood("tags", tagId);
            }
            String token = Fixtures.unique("a");
            Map<String, Object> author = map("name", names.get(2 * EACH + i), "email", "fuzz." + token + "@example.com",
                    "bio", texts.get(2 * EACH + i), "website", "https://example.com/" + token + "/“x”");
            String authorId = createAndVerify(probe, "authors", author);
            if (authorId != null) {
                writeAndVerify(probe, "PATCH", "authors", authorId, map("bio", texts.get(3 * EACH + i), "website", null));
                probe.deleteForGood("authors", authorId);
            }
        }
        probe.findings().assertNone();
    }

    @Test
    void shouldMintGeneratedTokensThatWorkUntilRevoked() {
        Probe probe = new Probe(dataSource);
        String authorId = Fixtures.author().id();
        List<String> names = Samples.draw(ValidContent.words(1, 4), EACH, "token names");
        List<String> roles = Samples.draw(Samples.oneOf("contributor", "author", "editor", "admin"), EACH, "roles");
        for (int i = 0; i < EACH; i++) {
            Map<String, Object> body = map("name", names.get(i), "role", roles.get(i));
            if (roles.get(i).equals("contributor") || roles.get(i).equals("author") || i % 2 == 0) {
                body.put("authorId", authorId);
            }
            if (i % 3 == 0) {
                body.put("expiresAt", "2035-01-01T00:00:00Z");
            }
            Exchange minted = probe.write("POST /api/v1/tokens", "/api/v1/tokens", "valid token", "application/json", body, 201);
            JsonNode token = Probe.body(minted);
            if (token == null) {
                continue;
            }
            verify(probe, minted, ReadBack.read(probe, "tokens", token.path("id").asText(), "valid token"), body);
            Operation drafts = probe.operation("GET /api/v1/posts");
            String bearer = "Bearer " + token.path("secret").asText();
            probe.send(Request.of(drafts, "drafts with the minted token", "/api/v1/posts?status=draft")
                    .header("Authorization", bearer), Expectation.status(200));
            Operation revoke = probe.operation("DELETE /api/v1/tokens/{id}");
            probe.send(Request.of(revoke, "revoke", revoke.target(token.path("id").asText()))
                    .header("Authorization", Probe.ADMIN), Expectation.status(204));
            probe.send(Request.of(drafts, "drafts with the revoked token", "/api/v1/posts?status=draft")
                    .header("Authorization", bearer), Expectation.status(401));
        }
        probe.findings().assertNone();
    }

    private static String createAndVerify(Probe probe, String resource, Map<String, Object> body) {
        Exchange created = probe.write("POST /api/v1/" + resource, "/api/v1/" + resource, "valid " + resource,
                "application/json", body, 201);
        JsonNode response = Probe.body(created);
        if (response == null) {
            return null;
        }
        String id = response.path("id").asText();
        verify(probe, created, ReadBack.read(probe, resource, id, "valid " + resource), body);
        return id;
    }

    private static void writeAndVerify(Probe probe, String method, String resource, String id, Map<String, Object> body) {
        boolean patch = method.equals("PATCH");
        Exchange written = probe.write(method + " /api/v1/" + resource + "/{id}", "/api/v1/" + resource + "/" + id,
                "valid " + method, patch ? "application/merge-patch+json" : "application/json", body, 200);
        if (Probe.body(written) != null) {
            verify(probe, written, ReadBack.read(probe, resource, id, "valid " + method), body);
        }
    }

    /** Every field sent reads back the same; names trimmed; null (a merge patch removal) reads back absent or null. */
    private static void verify(Probe probe, Exchange written, JsonNode stored, Map<String, Object> sent) {
        Differences differences = new Differences();
        sent.forEach((field, value) -> {
            JsonNode actual = stored.path(field);
            Object expected = field.equals("name") ? ((String) value).strip() : value;
            differences.expect(field, expected, actual.isMissingNode() || actual.isNull() ? null : actual.asText());
        });
        differences.report(probe, written);
    }

    private static Map<String, Object> map(Object... fieldsAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            map.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return map;
    }
}
