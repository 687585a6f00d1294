package blog.tag;

import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagTest {

    @Inject
    EntityManager entityManager;

    private static String createTag(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tags")
                .then().statusCode(201).header("Location", matchesPattern(".*/api/v1/tags/[0-9a-f-]{36}"))
                .extract().path("id");
    }

    @Test
    void shouldCreateReadUpdateAndDeleteTag() {
        String name = unique("Tag Ñame");
        String id = createTag(Map.of("name", name, "description", "About things"));
        String slug = given().when().get("/api/v1/tags/" + id)
                .then().statusCode(200).body("name", equalTo(name)).body("postCount", equalTo(0))
                .body("slug", equalTo(name.toLowerCase().replace("ñ", "n").replace(' ', '-')))
                .extract().path("slug");
        given().when().get("/api/v1/tags/slug/" + slug).then().statusCode(200).body("id", equalTo(id));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name + " renamed"))
                .when().put("/api/v1/tags/" + id)
                .then().statusCode(200).body("name", equalTo(name + " renamed")).body("slug", equalTo(slug))
                .body("description", equalTo(null));
        asAdmin().contentType(MERGE_PATCH)
                .body(Map.of("description", "Patched"))
                .when().patch("/api/v1/tags/" + id)
                .then().statusCode(200).body("description", equalTo("Patched"));
        asAdmin().when().delete("/api/v1/tags/" + id).then().statusCode(204);
        given().when().get("/api/v1/tags/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRejectDuplicateNameIgnoringCaseWith409() {
        String name = unique("Dup");
        createTag(Map.of("name", name));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name.toUpperCase()))
                .when().post("/api/v1/tags")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldSuffixAGeneratedTagSlugThatIsTaken() {
        String name = unique("Rust");
        String first = createTag(Map.of("name", name + "!"));
        String second = createTag(Map.of("name", name + "?"));
        String base = given().when().get("/api/v1/tags/" + first).then().statusCode(200).extract().path("slug");
        given().when().get("/api/v1/tags/" + second).then().statusCode(200).body("slug", equalTo(base + "-2"));
    }

    @Test
    void shouldRejectTakenExplicitSlugWith409() {
        String slug = unique("slug");
        createTag(Map.of("name", unique("One"), "slug", slug));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", unique("Two"), "slug", slug))
                .when().post("/api/v1/tags")
                .then().statusCode(409);
    }

    @Test
    void shouldDetachDeletedTagAndKeepPosts() {
        String doomed = unique("doomed");
        String kept = unique("kept");
        String postId = createId(post(unique("Tagged"), "status", "published", "tags", List.of(doomed, kept)));
        String doomedId = given().when().get("/api/v1/tags/slug/" + doomed).then().body("postCount", equalTo(1))
                .extract().path("id");
        asAdmin().when().delete("/api/v1/tags/" + doomedId).then().statusCode(204);
        given().when().get("/api/v1/posts/" + postId).then().statusCode(200).body("tags.slug", contains(kept));
    }


    @Test
    void shouldShowARenamedTagInEveryPostAndList() {
        String tag = unique("before");
        String postId = createId(post(unique("Renamed tag"), "status", "published", "tags", List.of("First " + tag, tag)));
        String tagId = given().when().get("/api/v1/tags/slug/" + tag).then().extract().path("id");
        asAdmin().contentType(MERGE_PATCH)
                .body(Map.of("name", "After " + tag, "slug", "after-" + tag))
                .when().patch("/api/v1/tags/" + tagId).then().statusCode(200);
        given().when().get("/api/v1/posts/" + postId).then().statusCode(200)
                .body("tags.name", contains("First " + tag, "After " + tag))
                .body("tags.slug", contains("first-" + tag, "after-" + tag));
        given().queryParam("tag", "after-" + tag).when().get("/api/v1/posts").then().statusCode(200)
                .body("items.id", contains(postId)).body("items[0].tags[1].name", equalTo("After " + tag));
    }
    @Test
    void shouldListTagsByNameWithPaging() {
        String prefix = unique("zz-list");
        createTag(Map.of("name", prefix + " b"));
        createTag(Map.of("name", prefix + " a"));
        given().queryParam("limit", 100).queryParam("page", 1).when().get("/api/v1/tags")
                .then().statusCode(200).body("page.total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().queryParam("sort", "-createdAt").queryParam("limit", 2).when().get("/api/v1/tags")
                .then().statusCode(200).body("items.name", contains(prefix + " a", prefix + " b"));
        given().queryParam("sort", "popular").when().get("/api/v1/tags").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void shouldRequireNameAndRejectUnknownFields() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("description", "x"))
                .when().post("/api/v1/tags").then().statusCode(400).body("errors.field", contains("name"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", unique("n"), "colour", "red"))
                .when().post("/api/v1/tags").then().statusCode(400).body("errors.field", contains("colour"));
    }

    @Test
    void shouldCountNameLengthInCharactersNotUtf16Units() {
        String name = unique("e").substring(0, 10) + "😀".repeat(90);
        createTag(Map.of("name", name));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name + "😀"))
                .when().post("/api/v1/tags").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldCountOnlyPublishedPosts() {
        String tag = unique("count");
        createId(post(unique("Draft"), "tags", List.of(tag)));
        given().when().get("/api/v1/tags/slug/" + tag).then().statusCode(200).body("postCount", equalTo(0));
        given().queryParam("tag", tag).when().get("/api/v1/posts").then().body("items", empty());
    }

    @Test
    void shouldCountPublishedPostsButNotDraftsOrPostsScheduledForLater() {
        String tag = unique("due");
        createId(post(unique("Live"), "status", "published", "tags", List.of(tag)));
        createId(post(unique("Old"), "status", "published", "publishedAt", "2020-05-01T00:00:00Z", "tags", List.of(tag)));
        createId(post(unique("Later"), "status", "scheduled", "publishedAt", "2099-01-01T00:00:00Z", "tags", List.of(tag)));
        createId(post(unique("Draft"), "tags", List.of(tag)));
        given().when().get("/api/v1/tags/slug/" + tag).then().statusCode(200).body("postCount", equalTo(2));
        given().queryParam("sort", "-createdAt").queryParam("limit", 1).when().get("/api/v1/tags")
                .then().statusCode(200).body("items[0].slug", equalTo(tag)).body("items[0].postCount", equalTo(2));
    }

    @Test
    void shouldFollowThePostCountAsAPostChangesStatusDateOrTags() {
        String tag = unique("moving");
        String id = createId(post(unique("Moving"), "status", "published", "tags", List.of(tag)));
        assertPostCount(tag, 1);
        setStatusBehindTheApi(id, "draft");
        assertPostCount(tag, 0);
        setStatusBehindTheApi(id, "published");
        assertPostCount(tag, 1);
        patch(id, Map.of("status", "draft"));
        assertPostCount(tag, 0);
        patch(id, Map.of("status", "scheduled", "publishedAt", "2099-01-01T00:00:00Z"));
        assertPostCount(tag, 0);
        patch(id, Map.of("status", "published", "publishedAt", "2021-03-01T00:00:00Z"));
        assertPostCount(tag, 1);
        patch(id, Map.of("tags", List.of()));
        assertPostCount(tag, 0);
        patch(id, Map.of("tags", List.of(tag)));
        assertPostCount(tag, 1);
        asAdmin().when().delete("/api/v1/posts/" + id).then().statusCode(204);
        assertPostCount(tag, 0);
    }

    /** The API rewrites a post's links on every write; this changes the post row alone. */
    @Transactional
    void setStatusBehindTheApi(String postId, String status) {
        entityManager.createNativeQuery("update posts set status = :status where id = :id")
                .setParameter("status", status).setParameter("id", UUID.fromString(postId)).executeUpdate();
    }

    private static void patch(String postId, Map<String, Object> changes) {
        asAdmin().contentType(MERGE_PATCH).body(changes)
                .when().patch("/api/v1/posts/" + postId).then().statusCode(200);
    }

    /** Asked with a token, so that no cached answer is involved. */
    private static void assertPostCount(String tag, int expected) {
        asAdmin().when().get("/api/v1/tags/slug/" + tag).then().statusCode(200)
                .body("postCount", equalTo(expected));
        asAdmin().queryParam("sort", "-createdAt").queryParam("limit", 5).when().get("/api/v1/tags").then().statusCode(200)
                .body("items.find { it.slug == '" + tag + "' }.postCount", equalTo(expected));
    }
}
