package blog.cdn;

import static blog.TestData.asAdmin;
import static blog.TestData.create;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import blog.cache.ResponseCache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Public responses name what they depend on in Surrogate-Key and Cache-Tag; private ones and errors name nothing. */
@QuarkusTest
class SurrogateKeyHeadersTest {

    @Inject
    ResponseCache cache;

    @Test
    void shouldNameThePostItsTagsAndItsAuthorsOnASinglePost() {
        Map<String, Object> author = asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("Keyed author")))
                .when().post("/api/v1/authors").then().statusCode(201).extract().as(Map.class);
        String authorId = (String) author.get("id");
        Map<String, Object> created = create(post(unique("Keyed"), "status", "published",
                "tags", List.of(unique("first"), unique("second")), "authors", List.of(author.get("slug")))).as(Map.class);
        List<String> tagIds = ((List<Map<String, String>>) created.get("tags")).stream().map(tag -> tag.get("id")).toList();
        List<String> expected = new ArrayList<>(List.of("blog", "post-" + created.get("id"), "tag-" + tagIds.get(0), "tag-" + tagIds.get(1),
                "author-" + authorId));

        assertKeys(given().when().get("/api/v1/posts/" + created.get("id")).then().statusCode(200).extract(), expected);
        assertKeys(given().when().get("/api/v1/posts/slug/" + created.get("slug")).then().statusCode(200).extract(), expected);
    }

    @Test
    void shouldNameTheTagOrAuthorAndListsOnASingleTagOrAuthor() {
        String tagId = asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("Keyed tag")))
                .when().post("/api/v1/tags").then().statusCode(201).extract().path("id");
        String authorId = asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("Keyed author")))
                .when().post("/api/v1/authors").then().statusCode(201).extract().path("id");

        assertKeys(given().when().get("/api/v1/tags/" + tagId).then().statusCode(200).extract(), List.of("blog", "tag-" + tagId, "lists"));
        assertKeys(given().when().get("/api/v1/authors/" + authorId).then().statusCode(200).extract(),
                List.of("blog", "author-" + authorId, "lists"));
    }

    @Test
    void shouldNameListsAndTheirFamilyOnEveryOtherPublicResponse() {
        String postId = create(post(unique("Listed"), "status", "published")).path("id");
        Map<String, String> families = Map.of("/api/v1/posts", "posts-list", "/api/v1/posts?tag=" + unique("none"), "posts-list",
                "/api/v1/posts/" + postId + "/related", "posts-list", "/api/v1/tags", "tags-list", "/api/v1/authors", "authors-list",
                "/api/v1/feeds/rss", "feeds", "/api/v1/feeds/json", "feeds", "/api/v1/sitemaps/index.xml", "sitemaps",
                "/api/v1/redirects", "redirects");
        families.forEach((url, family) -> assertKeys(given().when().get(url).then().statusCode(200).extract(), List.of("blog", "lists", family)));
    }

    @Test
    void shouldNameListsAndRedirectsOnASlugRedirect() {
        Map<String, Object> created = create(post(unique("Moving"), "status", "published")).as(Map.class);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("slug", created.get("slug") + "-moved"))
                .when().patch("/api/v1/posts/" + created.get("id")).then().statusCode(200);

        assertKeys(given().redirects().follow(false).when().get("/api/v1/posts/slug/" + created.get("slug")).then().statusCode(301).extract(),
                List.of("blog", "lists", "redirects"));
    }

    @Test
    void shouldCarryTheKeysOnHitsFromMemoryAndOnNotModified() {
        String id = create(post(unique("Remembered"), "status", "published", "tags", List.of(unique("kept")))).path("id");
        String url = "/api/v1/posts/" + id;
        ExtractableResponse<Response> first = given().when().get(url).then().statusCode(200).extract();
        for (int attempt = 0; attempt < 50 && cache.get(url) == null; attempt++) {
            given().when().get(url).then().statusCode(200);   // the cache stores nothing until its listener is connected
        }
        assertThat(cache.get(url)).as("served from memory").isNotNull();
        String keys = first.header("Surrogate-Key");
        assertThat(keys).startsWith("blog post-" + id + " tag-");

        given().when().get(url).then().statusCode(200).header("Surrogate-Key", keys).header("Cache-Tag", keys.replace(' ', ','));
        given().header("If-None-Match", first.header("ETag")).when().get(url).then().statusCode(304)
                .header("Surrogate-Key", keys).header("Cache-Tag", keys.replace(' ', ','));
        asAdmin().contentType("application/merge-patch+json").body(Map.of("featured", true)).when().patch(url).then().statusCode(200);
        String etag = given().when().get(url).then().statusCode(200).extract().header("ETag");   // computed again, not from memory
        given().header("If-None-Match", etag).when().get(url).then().statusCode(304).header("Surrogate-Key", keys);
    }

    @Test
    void shouldNameNothingForATokenOrOnAnError() {
        String id = create(post(unique("Private"), "status", "published")).path("id");
        asAdmin().when().get("/api/v1/posts/" + id).then().statusCode(200)
                .header("Surrogate-Key", nullValue()).header("Cache-Tag", nullValue());
        asAdmin().when().get("/api/v1/posts").then().statusCode(200).header("Surrogate-Key", nullValue());
        given().when().get("/api/v1/posts/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .header("Surrogate-Key", nullValue()).header("Cache-Tag", nullValue());
    }

    @Test
    void shouldLetCachesServeStaleCopiesForAWhile() {
        given().when().get("/api/v1/tags").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=30, stale-if-error=86400"));
    }

    private static void assertKeys(ExtractableResponse<Response> response, List<String> expected) {
        assertThat(response.header("Surrogate-Key")).isEqualTo(String.join(" ", expected));
        assertThat(response.header("Cache-Tag")).isEqualTo(String.join(",", expected));
    }
}
