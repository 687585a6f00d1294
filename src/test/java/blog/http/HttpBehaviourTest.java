package blog.http;

import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.create;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpBehaviourTest {

    @Test
    void shouldAnswer304WhenETagStillMatches() {
        Map<String, Object> created = create(post(unique("Cached"), "status", "published")).as(Map.class);
        String url = "/api/v1/posts/" + created.get("id");
        String etag = given().when().get(url).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=30, stale-if-error=86400")
                .header("Last-Modified", notNullValue())
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(url).then().statusCode(304).body(emptyString());
        given().header("If-None-Match", "W/" + etag).when().get(url).then().statusCode(304);
        asAdmin().contentType(MERGE_PATCH)
                .body(Map.of("title", "Changed")).when().patch(url).then().statusCode(200);
        given().header("If-None-Match", etag).when().get(url).then().statusCode(200).header("ETag", not(etag));
    }

    @Test
    void shouldAnswer304ForUnchangedList() {
        String tag = unique("etaglist");
        create(post(unique("In list"), "status", "published", "tags", List.of(tag)));
        String etag = given().queryParam("tag", tag).when().get("/api/v1/posts").then().statusCode(200).extract().header("ETag");
        given().queryParam("tag", tag).header("If-None-Match", etag).when().get("/api/v1/posts").then().statusCode(304);
        create(post(unique("Another"), "status", "published", "tags", List.of(tag)));
        given().queryParam("tag", tag).header("If-None-Match", etag).when().get("/api/v1/posts").then().statusCode(200);
    }

    @Test
    void shouldRejectStaleIfMatchWith412OnEveryWrite() {
        var created = create(post(unique("Guarded"), "status", "published"));
        String url = "/api/v1/posts/" + created.path("id");
        String etag = created.header("ETag");
        asAdmin().header("If-Match", etag).contentType(MERGE_PATCH)
                .body(Map.of("featured", true)).when().patch(url).then().statusCode(200);
        asAdmin().header("If-Match", etag).contentType(MERGE_PATCH)
                .body(Map.of("featured", false)).when().patch(url)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        asAdmin().header("If-Match", etag).contentType(ContentType.JSON)
                .body(post("Replaced")).when().put(url).then().statusCode(412);
        asAdmin().header("If-Match", etag).when().delete(url).then().statusCode(412);
        String current = asAdmin().when().get(url).then().extract().header("ETag");
        asAdmin().header("If-Match", current).when().delete(url).then().statusCode(204);
    }

    @Test
    void shouldMarkTokenResponsesPrivate() {
        asAdmin().when().get("/api/v1/posts")
                .then().statusCode(200).header("Cache-Control", "private, no-store");
        given().when().get("/api/v1/tags").then().statusCode(200).header("Cache-Control", "public, max-age=60, stale-while-revalidate=30, stale-if-error=86400");
    }

    @Test
    void shouldAnswerCorsPreflightAndExposeHeaders() {
        given().header("Origin", "https://front.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when().options("/api/v1/posts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://front.example")
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        given().header("Origin", "https://front.example").when().get("/api/v1/posts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://front.example")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Location"));
    }

    @Test
    void shouldGzipLargeResponsesOnly() {
        String tag = unique("gzip");
        create(post(unique("Long read"), "status", "published", "tags", List.of(tag),
                "markdown", "A paragraph of text. ".repeat(500)));
        given().header("Accept-Encoding", "gzip").queryParam("tag", tag).queryParam("fields", "id,html")
                .when().get("/api/v1/posts")
                .then().statusCode(200).header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").when().get("/api/v1/tags/slug/" + tag)
                .then().statusCode(200).header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void shouldServeHealthAndSwaggerUi() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
