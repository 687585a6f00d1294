package blog.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** With a list of allowed origins the answer depends on Origin, so caches must be told (Vary: Origin). */
@QuarkusTest
class CorsCachingTest {

    @Test
    void shouldVaryByOriginWhereTheAllowedOriginIsEchoed() {
        Response front = given().header("Origin", "https://front.example").when().get("/api/v1/tags");
        assertThat(front.header("Access-Control-Allow-Origin")).isEqualTo("https://front.example");
        assertThat(front.headers().getValues("Vary")).contains("Origin");

        Response admin = given().header("Origin", "https://admin.example").when().get("/api/v1/tags");
        assertThat(admin.header("Access-Control-Allow-Origin")).isEqualTo("https://admin.example");
        assertThat(admin.headers().getValues("Vary")).contains("Origin");
    }

    @Test
    void shouldVaryByOriginAlsoWithoutOriginAndOnPreflight() {
        assertThat(given().when().get("/api/v1/tags").headers().getValues("Vary")).contains("Origin", "Authorization");
        Response preflight = given().header("Origin", "https://front.example").header("Access-Control-Request-Method", "PATCH")
                .when().options("/api/v1/posts");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().getValues("Vary")).contains("Origin");
        Response problem = given().header("Origin", "https://front.example").when().get("/api/v1/tags/slug/no-such-tag");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().getValues("Vary")).contains("Origin");
        String etag = given().when().get("/api/v1/tags").header("ETag");
        Response notModified = given().header("Origin", "https://admin.example").header("If-None-Match", etag).when().get("/api/v1/tags");
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().getValues("Vary")).contains("Origin");
    }
}
