package blog.preview;

import static blog.TestData.asAdmin;
import static blog.TestData.assertProblem;
import static blog.TestData.create;
import static blog.TestData.mergePatch;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Preview links: one post as it is now, for whoever holds the token, until it expires or is revoked. */
@QuarkusTest
class PreviewTest {

    private static Map<String, Object> mint(String postId, Object body) {
        // REST Assured sends a form content type with a bare POST, where curl sends none (ContentTypeTest covers that).
        var request = asAdmin().contentType(ContentType.JSON).body(body == null ? Map.of() : body);
        return request.post("/api/v1/posts/" + postId + "/previews").then().statusCode(201)
                .header("Cache-Control", "private, no-store").extract().as(Map.class);
    }

    @Test
    void shouldShowADraftAsItIsNowToAnyoneWithTheLink() {
        String id = create(post(unique("Secret draft"))).path("id");
        Map<String, Object> preview = mint(id, null);
        String token = (String) preview.get("token");

        assertThat(token).matches("^prv_[A-Za-z0-9_-]{43}$");
        assertThat(preview.get("url")).isEqualTo("https://blog.example/preview/" + token);
        assertThat(preview.get("apiUrl")).isEqualTo("https://api.blog.example/api/v1/previews/" + token);
        assertThat(Instant.parse((String) preview.get("expiresAt"))).isAfter(Instant.now().plus(Duration.ofHours(23)));
        given().get("/api/v1/previews/" + token).then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("X-Robots-Tag", "noindex")
                .body("id", equalTo(id)).body("status", equalTo("draft"));
        mergePatch("/api/v1/posts/" + id, Map.of("title", "Changed since")).then().statusCode(200);
        given().get("/api/v1/previews/" + token).then().statusCode(200).body("title", equalTo("Changed since"));
        given().get("/api/v1/posts/" + id).then().statusCode(404);
    }

    @Test
    void shouldStopWorkingOnceRevoked() {
        String id = create(post(unique("Revoked"))).path("id");
        Map<String, Object> preview = mint(id, Map.of());
        asAdmin().get("/api/v1/posts/" + id + "/previews").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(preview.get("id"))).body("items[0].token", nullValue());

        asAdmin().delete("/api/v1/posts/" + id + "/previews/" + preview.get("id")).then().statusCode(204);

        assertProblem(given().get("/api/v1/previews/" + preview.get("token")).then(), 404);
        assertProblem(asAdmin().delete("/api/v1/posts/" + id + "/previews/" + preview.get("id")).then(), 404);
    }

    @Test
    void shouldStopWorkingOnceExpired() {
        String id = create(post(unique("Expiring"))).path("id");
        Map<String, Object> preview = mint(id, Map.of("expiresAt", Instant.now().plusSeconds(2).toString()));
        given().get("/api/v1/previews/" + preview.get("token")).then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertProblem(given().get("/api/v1/previews/" + preview.get("token")).then(), 404));
        asAdmin().get("/api/v1/posts/" + id + "/previews").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldShowNothingOnceThePostIsDeletedAndWhatIsPublicOnceItIsPublished() {
        String deleted = create(post(unique("Deleted"))).path("id");
        Map<String, Object> gone = mint(deleted, null);
        asAdmin().delete("/api/v1/posts/" + deleted).then().statusCode(204);
        assertProblem(given().get("/api/v1/previews/" + gone.get("token")).then(), 404);

        String published = create(post(unique("Published"))).path("id");
        Map<String, Object> preview = mint(published, null);
        mergePatch("/api/v1/posts/" + published, Map.of("status", "published")).then().statusCode(200);
        String publicBody = given().get("/api/v1/posts/" + published).then().statusCode(200).extract().asString();
        assertThat(given().get("/api/v1/previews/" + preview.get("token")).then().statusCode(200).extract().asString())
                .isEqualTo(publicBody);
    }

    @Test
    void shouldRefuseBadExpiriesAndUnknownTokens() {
        String id = create(post(unique("Bad expiry"))).path("id");
        for (String expiresAt : new String[] {Instant.now().minusSeconds(60).toString(), Instant.now().plus(Duration.ofDays(31)).toString()}) {
            assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("expiresAt", expiresAt))
                    .post("/api/v1/posts/" + id + "/previews").then(), 400).body("errors[0].field", equalTo("expiresAt"));
        }
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("expiresIn", 5))
                .post("/api/v1/posts/" + id + "/previews").then(), 400);
        assertProblem(given().get("/api/v1/previews/prv_" + "A".repeat(43)).then(), 404);
        assertProblem(given().get("/api/v1/previews/not-a-token").then(), 404);
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{}").post("/api/v1/posts/00000000-0000-7000-8000-000000000000/previews").then(), 404);
        assertProblem(asAdmin().contentType(ContentType.JSON).body("null").post("/api/v1/posts/" + id + "/previews").then(), 400);
    }

    @Test
    void shouldMakeEveryTokenDifferent() {
        String id = create(post(unique("Twice"))).path("id");
        String first = (String) mint(id, null).get("token");
        String second = (String) mint(id, null).get("token");
        assertThat(first).isNotEqualTo(second);
        given().get("/api/v1/previews/" + second).then().statusCode(200).body("id", matchesPattern(id));
    }
}
