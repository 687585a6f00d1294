package blog.auth;

import static blog.TestData.create;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a browser on another origin, or any anonymous caller, can and cannot see. */
@QuarkusTest
class PublicSafetyTest {

    @Test
    void shouldNotLeakDraftsThroughSearchCountsOrETags() {
        String word = unique("secretword").replace("-", "");
        String tag = unique("leak");
        String author = Principals.withRole("author").authorSlug();
        create(post(unique("Public"), "status", "published", "tags", List.of(tag), "authors", List.of(author)));
        String etag = given().queryParam("tag", tag).when().get("/api/v1/posts").then().extract().header("ETag");
        create(post("Draft " + word, "tags", List.of(tag), "authors", List.of(author), "markdown", word));
        given().queryParam("tag", tag).header("If-None-Match", etag).when().get("/api/v1/posts").then().statusCode(304);
        given().queryParam("q", word).when().get("/api/v1/posts").then().statusCode(200).body("items", empty());
        given().when().get("/api/v1/tags/slug/" + tag).then().body("postCount", equalTo(1));
        given().when().get("/api/v1/authors/slug/" + author).then().body("postCount", equalTo(1));
    }

    @Test
    void shouldAllowConfiguredOriginsOnly() {
        given().header("Origin", "https://admin.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/posts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://admin.example")
                .header("Access-Control-Allow-Credentials", nullValueOrFalse())
                .header("Access-Control-Max-Age", "86400");
        given().header("Origin", "https://evil.example").when().get("/api/v1/posts")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/posts")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    private static org.hamcrest.Matcher<String> nullValueOrFalse() {
        return org.hamcrest.Matchers.anyOf(nullValue(), equalTo("false"));
    }

    @Test
    void shouldSendSecurityHeaders() {
        given().when().get("/api/v1/posts").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        given().when().get("/api/v1/posts/slug/no-such-post").then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff");
    }
}
