package blog.post;

import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.create;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostVisibilityTest {

    @Test
    void shouldReturn404ForDraftWhenAnonymous() {
        Map<String, Object> draft = create(post(unique("Secret draft"))).as(Map.class);
        given().when().get("/api/v1/posts/" + draft.get("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/posts/slug/" + draft.get("slug")).then().statusCode(404);
        asAdmin().when().get("/api/v1/posts/" + draft.get("id"))
                .then().statusCode(200).body("status", equalTo("draft"))
                .header("Cache-Control", "private, no-store");
    }

    @Test
    void shouldLeaveDraftsOutOfPublicListsAndTagCounts() {
        String tag = unique("vis");
        create(post(unique("Draft"), "tags", List.of(tag)));
        String publishedId = create(post(unique("Live"), "tags", List.of(tag), "status", "published")).path("id");
        given().queryParam("tag", tag).when().get("/api/v1/posts")
                .then().statusCode(200).body("items.id", contains(publishedId));
        given().when().get("/api/v1/tags/slug/" + tag).then().body("postCount", equalTo(1));
        asAdmin().queryParam("tag", tag).queryParam("status", "draft,published")
                .when().get("/api/v1/posts").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void shouldRequireTokenToListDrafts() {
        given().queryParam("status", "draft").when().get("/api/v1/posts")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }

    @Test
    void shouldPublishScheduledPostOnTimeWithoutAJob() throws InterruptedException {
        String tag = unique("sched");
        Instant soon = Instant.now().plusSeconds(2);
        Map<String, Object> scheduled = create(post(unique("Scheduled"), "status", "scheduled",
                "publishedAt", soon.toString(), "tags", List.of(tag))).as(Map.class);
        org.assertj.core.api.Assertions.assertThat(scheduled.get("status")).isEqualTo("scheduled");
        given().when().get("/api/v1/posts/" + scheduled.get("id")).then().statusCode(404);
        given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items", empty());
        asAdmin().queryParam("tag", tag).queryParam("status", "scheduled")
                .when().get("/api/v1/posts").then().body("items.id", contains(scheduled.get("id")));

        Thread.sleep(java.time.Duration.between(Instant.now(), soon).toMillis() + 300);

        given().when().get("/api/v1/posts/" + scheduled.get("id"))
                .then().statusCode(200).body("status", equalTo("published"));
        given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items.id", contains(scheduled.get("id")));
        given().when().get("/api/v1/tags/slug/" + tag).then().body("postCount", equalTo(1));
    }

    @Test
    void shouldRejectScheduledPostWithoutFutureDate() {
        asAdmin().contentType(ContentType.JSON)
                .body(post(unique("Late"), "status", "scheduled", "publishedAt", "2020-01-01T00:00:00Z"))
                .when().post("/api/v1/posts")
                .then().statusCode(400).body("errors.field", contains("publishedAt"));
    }

    @Test
    void shouldStorePublishedPostWithFutureDateAsScheduled() {
        String future = Instant.now().plusSeconds(3600).toString();
        create(post(unique("Future"), "status", "published", "publishedAt", future))
                .response().then().body("status", equalTo("scheduled"));
    }

    @Test
    void shouldKeepFirstPublicationInstant() {
        Map<String, Object> created = create(post(unique("Once"), "status", "published")).as(Map.class);
        asAdmin().contentType(MERGE_PATCH)
                .body(Map.of("title", "Once again"))
                .when().patch("/api/v1/posts/" + created.get("id"))
                .then().statusCode(200).body("publishedAt", equalTo(created.get("publishedAt")));
    }

    @Test
    void shouldListDraftsAndScheduledTogetherForAuthors() {
        String tag = unique("mix");
        String draft = create(post(unique("D"), "tags", List.of(tag))).path("id");
        String scheduled = create(post(unique("S"), "tags", List.of(tag), "status", "scheduled",
                "publishedAt", Instant.now().plusSeconds(3600).toString())).path("id");
        asAdmin().queryParam("tag", tag).queryParam("status", "draft,scheduled")
                .when().get("/api/v1/posts").then().statusCode(200).body("items.id", containsInAnyOrder(draft, scheduled));
    }
}
