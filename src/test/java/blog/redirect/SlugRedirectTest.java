package blog.redirect;

import static blog.TestData.AUTHORIZATION;
import static blog.TestData.asAdmin;
import static blog.TestData.assertProblem;
import static blog.TestData.create;
import static blog.TestData.mergePatch;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Old slugs of published posts, tags and authors answer permanent redirects; drafts never show through one. */
@QuarkusTest
class SlugRedirectTest {

    private static String publishedPost(String slug) {
        return create(post(unique("Renamed"), "slug", slug, "status", "published")).path("id");
    }

    private static void rename(String id, String slug) {
        mergePatch("/api/v1/posts/" + id, Map.of("slug", slug)).then().statusCode(200).body("slug", equalTo(slug));
    }

    private static List<Map<String, Object>> redirectMap() {
        return given().get("/api/v1/redirects").then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void shouldRedirectEveryOldSlugOfAChainToTheLastOneInOneHop() {
        String a = unique("first"), b = unique("second"), c = unique("third");
        String id = publishedPost(a);
        rename(id, b);
        rename(id, c);

        for (String old : List.of(a, b)) {
            given().redirects().follow(false).get("/api/v1/posts/slug/" + old).then().statusCode(301)
                    .header("Location", "/api/v1/posts/slug/" + c).header("Cache-Control", "public, max-age=60, stale-while-revalidate=30, stale-if-error=86400");
        }
        given().get("/api/v1/posts/slug/" + a).then().statusCode(200).body("id", equalTo(id));
        assertThat(redirectMap()).contains(Map.of("type", "post", "from", "/" + a, "to", "/" + c, "status", 301),
                Map.of("type", "post", "from", "/" + b, "to", "/" + c, "status", 301));
    }

    @Test
    void shouldLetANewPostWinAnOldSlug() {
        String old = unique("taken-back"), moved = unique("moved");
        String first = publishedPost(old);
        rename(first, moved);

        String second = publishedPost(old);

        given().redirects().follow(false).get("/api/v1/posts/slug/" + old).then().statusCode(200).body("id", equalTo(second));
        assertThat(redirectMap()).noneMatch(redirect -> redirect.get("from").equals("/" + old));
        rename(second, unique("second-moved"));
        given().redirects().follow(false).get("/api/v1/posts/slug/" + old).then().statusCode(301);
        assertThat(given().get("/api/v1/posts/slug/" + old).then().statusCode(200).extract().<String>path("id")).isEqualTo(second);
    }

    @Test
    void shouldKeepRedirectingAnOldSlugThatADraftTookUntilTheDraftIsPublished() {
        String old = unique("held-by-draft"), moved = unique("moved-on");
        String first = publishedPost(old);
        rename(first, moved);
        String draft = create(post(unique("Draft"), "slug", old)).path("id");

        given().redirects().follow(false).get("/api/v1/posts/slug/" + old).then().statusCode(301)
                .header("Location", "/api/v1/posts/slug/" + moved);
        given().header("Authorization", AUTHORIZATION).get("/api/v1/posts/slug/" + old).then().statusCode(200).body("id", equalTo(draft));
        mergePatch("/api/v1/posts/" + draft, Map.of("status", "published")).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/posts/slug/" + old).then().statusCode(200).body("id", equalTo(draft));
        assertThat(redirectMap()).noneMatch(redirect -> redirect.get("from").equals("/" + old));
    }

    @Test
    void shouldNeverRevealADraftThroughARedirect() {
        String secret = unique("secret-plan"), renamed = unique("plan");
        String draft = create(post(unique("Draft"), "slug", secret)).path("id");
        rename(draft, renamed);
        mergePatch("/api/v1/posts/" + draft, Map.of("status", "published")).then().statusCode(200);

        assertProblem(given().redirects().follow(false).get("/api/v1/posts/slug/" + secret).then(), 404);
        assertThat(redirectMap()).noneMatch(redirect -> redirect.get("from").equals("/" + secret));
    }

    @Test
    void shouldHideTheRedirectOfAPostThatWasUnpublished() {
        String old = unique("was-public"), current = unique("now-draft");
        String id = publishedPost(old);
        rename(id, current);
        mergePatch("/api/v1/posts/" + id, Map.of("status", "draft")).then().statusCode(200);

        assertProblem(given().redirects().follow(false).get("/api/v1/posts/slug/" + old).then(), 404);
        given().redirects().follow(false).header("Authorization", AUTHORIZATION).get("/api/v1/posts/slug/" + old).then()
                .statusCode(301).header("Location", "/api/v1/posts/slug/" + current).header("Cache-Control", "private, no-store");
        assertThat(redirectMap()).noneMatch(redirect -> redirect.get("from").equals("/" + old));
    }

    @Test
    void shouldForgetTheSlugsOfADeletedPost() {
        String old = unique("deleted-old");
        String id = publishedPost(old);
        rename(id, unique("deleted-new"));
        asAdmin().delete("/api/v1/posts/" + id).then().statusCode(204);

        assertProblem(given().redirects().follow(false).get("/api/v1/posts/slug/" + old).then(), 404);
    }

    @Test
    void shouldRedirectAnOldTagSlug() {
        String old = unique("old-tag"), current = unique("new-tag");
        String id = asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("Tag"), "slug", old))
                .post("/api/v1/tags").then().statusCode(201).extract().path("id");
        mergePatch("/api/v1/tags/" + id, Map.of("slug", current)).then().statusCode(200);

        given().redirects().follow(false).get("/api/v1/tags/slug/" + old).then().statusCode(301)
                .header("Location", "/api/v1/tags/slug/" + current);
        assertThat(redirectMap()).contains(Map.of("type", "tag", "from", "/tag/" + old, "to", "/tag/" + current, "status", 301));
    }
}
