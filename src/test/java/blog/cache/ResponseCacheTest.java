package blog.cache;

import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.create;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory cache never serves a stale, deleted or unpublished post. */
@QuarkusTest
class ResponseCacheTest {

    @Inject
    EntityManager entityManager;

    @Test
    void shouldServeTheWriteToTheWriterAtOnce() {
        String tag = unique("cache");
        Map<String, Object> created = create(post(unique("Cached"), "status", "published", "tags", List.of(tag))).as(Map.class);
        String url = "/api/v1/posts/slug/" + created.get("slug");
        for (int i = 0; i < 3; i++) {
            given().when().get(url).then().statusCode(200).body("title", equalTo(created.get("title")));
            given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items[0].title", equalTo(created.get("title")));
        }
        asAdmin().contentType(MERGE_PATCH)
                .body(Map.of("title", "Renamed", "slug", created.get("slug") + "-renamed"))
                .when().patch("/api/v1/posts/" + created.get("id")).then().statusCode(200);
        given().redirects().follow(false).when().get(url).then().statusCode(301).header("Location", url + "-renamed");
        given().when().get(url + "-renamed").then().statusCode(200).body("title", equalTo("Renamed"));
        given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items[0].title", equalTo("Renamed"));
        asAdmin().when().delete("/api/v1/posts/" + created.get("id")).then().statusCode(204);
        given().when().get(url + "-renamed").then().statusCode(404);
        given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldEvictWhenAnotherServerAnnouncesAWrite() throws InterruptedException {
        Map<String, Object> created = create(post(unique("Shared"), "status", "published")).as(Map.class);
        String url = "/api/v1/posts/" + created.get("id");
        given().when().get(url).then().body("title", equalTo(created.get("title")));
        given().when().get(url).then().body("title", equalTo(created.get("title")));
        writeAsAnotherServer(UUID.fromString((String) created.get("id")), (String) created.get("slug"));
        for (int attempt = 0; attempt < 50; attempt++) {
            if ("Changed elsewhere".equals(given().when().get(url).then().extract().path("title"))) {
                return;
            }
            Thread.sleep(100);
        }
        given().when().get(url).then().body("title", equalTo("Changed elsewhere"));
    }

    @Transactional
    void writeAsAnotherServer(UUID id, String slug) {
        entityManager.createNativeQuery("update posts set title = 'Changed elsewhere' where id = :id")
                .setParameter("id", id).executeUpdate();
        entityManager.createNativeQuery("select pg_notify('blog_cache', :payload)")
                .setParameter("payload", "post " + id + " " + slug).getSingleResult();
    }

    @Test
    void shouldKeepOtherPostsCachedWhenAPostIsWritten() {
        Map<String, Object> kept = create(post(unique("Kept"), "status", "published")).as(Map.class);
        String url = "/api/v1/posts/" + kept.get("id");
        given().when().get(url).then().body("title", equalTo(kept.get("title")));
        changeTitleWithoutAnnouncing(UUID.fromString((String) kept.get("id")));
        create(post(unique("Another"), "status", "published"));
        given().when().get(url).then().body("title", equalTo(kept.get("title")));
    }

    @Test
    void shouldRememberAPostFirstAskedForConditionally() {
        Map<String, Object> created = create(post(unique("Conditional"), "status", "published")).as(Map.class);
        String url = "/api/v1/posts/" + created.get("id");
        String etag = asAdmin().when().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(url).then().statusCode(304);
        changeTitleWithoutAnnouncing(UUID.fromString((String) created.get("id")));
        given().header("If-None-Match", etag).when().get(url).then().statusCode(304);
        given().when().get(url).then().statusCode(200).header("ETag", etag).body("title", equalTo(created.get("title")));
    }

    @Transactional
    void changeTitleWithoutAnnouncing(UUID id) {
        entityManager.createNativeQuery("update posts set title = 'Changed behind the cache' where id = :id")
                .setParameter("id", id).executeUpdate();
    }

    @Test
    void shouldStopServingWhenAnotherServerSchedulesAPostThatGoesPublic() throws InterruptedException {
        String tag = unique("elsewhere");
        given().when().get("/api/v1/tags?limit=1").then().statusCode(200);
        Map<String, Object> hidden = create(post(unique("Hidden"), "status", "draft", "tags", List.of(tag))).as(Map.class);
        given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items.size()", equalTo(0));
        Instant soon = Instant.now().plusMillis(1500);
        scheduleAsAnotherServer(UUID.fromString((String) hidden.get("id")), soon);
        Thread.sleep(500); // the announcement arrives: the list is read again, and cached
        given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items.size()", equalTo(0));
        Thread.sleep(Duration.between(Instant.now(), soon).toMillis() + 200);
        given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items.id", contains(hidden.get("id")));
    }

    /** The update and its announcement commit together, as another server's write would. */
    @Transactional
    void scheduleAsAnotherServer(UUID id, Instant goesPublicAt) {
        entityManager.createNativeQuery("update posts set status = 'scheduled', published_at = :at where id = :id")
                .setParameter("at", goesPublicAt).setParameter("id", id).executeUpdate();
        entityManager.createNativeQuery("select pg_notify('blog_cache', :payload)")
                .setParameter("payload", "post " + id + " public-at=" + goesPublicAt).getSingleResult();
    }

    @Test
    void shouldNotServeAnotherSpellingOfADeletedPost() {
        Map<String, Object> created = create(post(unique("Spelled"), "status", "published")).as(Map.class);
        String upperCaseId = "/api/v1/posts/" + ((String) created.get("id")).toUpperCase();
        String escapedSlug = "/api/v1/posts/slug/" + ((String) created.get("slug")).replace("-", "%2D");
        for (int i = 0; i < 2; i++) {
            given().urlEncodingEnabled(false).when().get(upperCaseId).then().statusCode(200);
            given().urlEncodingEnabled(false).when().get(escapedSlug).then().statusCode(200);
        }
        asAdmin().when().delete("/api/v1/posts/" + created.get("id")).then().statusCode(204);
        given().urlEncodingEnabled(false).when().get(upperCaseId).then().statusCode(404);
        given().urlEncodingEnabled(false).when().get(escapedSlug).then().statusCode(404);
    }

    @Test
    void shouldNotServeCachedAnswerToTokenHolders() {
        Map<String, Object> created = create(post(unique("Private view"), "status", "published")).as(Map.class);
        String url = "/api/v1/posts/" + created.get("id");
        given().when().get(url).then().header("Cache-Control", "public, max-age=60, stale-while-revalidate=30, stale-if-error=86400");
        asAdmin().when().get(url).then()
                .header("Cache-Control", "private, no-store");
    }
}
