package blog.common;

import static blog.TestData.AUTHORIZATION;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ErrorResponsesTest {

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("https://blog.example/problems/"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/"))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("jakarta.")))
                .body(not(containsString("blog.common")))
                .body(not(containsString("org.")));
    }

    private static ValidatableResponse postJson(String body) {
        return given().header("Authorization", AUTHORIZATION).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/posts").then();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"title\": |",
        "[1, 2]|",
        "{\"title\": \"a\"} trailing|",
        "{\"title\": \"a\", \"title\": \"b\"}|",
        "''|"})
    void shouldRejectMalformedJson(String body) {
        assertProblem(postJson(body), 400);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"title\": 42}|title",
        "{\"title\": \"a\", \"featured\": \"yes\"}|featured",
        "{\"title\": \"a\", \"featured\": 1}|featured",
        "{\"title\": \"a\", \"status\": \"live\"}|status",
        "{\"title\": \"a\", \"publishedAt\": \"tomorrow\"}|publishedAt",
        "{\"title\": \"a\", \"tags\": \"java\"}|tags",
        "{\"title\": \"a\", \"tags\": [42]}|tags[0]",
        "{\"title\": \"a\", \"colour\": \"red\"}|colour",
        "{\"title\": \"   \"}|title",
        "{\"title\": \"a\", \"slug\": \"Not A Slug\"}|slug",
        "{\"title\": \"a\", \"featureImage\": \"javascript:alert(1)\"}|featureImage",
        "{\"title\": \"a\", \"canonicalUrl\": \"/relative\"}|canonicalUrl"})
    void shouldRejectInvalidFieldNamingIt(String body, String field) {
        assertProblem(postJson(body), 400).body("errors.field", contains(field));
    }

    @Test
    void shouldNameEveryInvalidField() {
        assertProblem(postJson("{\"title\": \"\", \"slug\": \"-bad-\", \"metaTitle\": \"" + "m".repeat(301) + "\"}"), 400)
                .body("errors.field", contains("metaTitle", "slug", "title"));
    }

    @Test
    void shouldRejectTooLongTitle() {
        assertProblem(postJson("{\"title\": \"" + "t".repeat(301) + "\"}"), 400).body("errors.field", contains("title"));
    }

    @Test
    void shouldRequireTokenForWrites() {
        assertProblem(given().contentType(ContentType.JSON).body(post("x")).when().post("/api/v1/posts").then(), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        assertProblem(given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body(post("x"))
                .when().post("/api/v1/posts").then(), 401).header("WWW-Authenticate", startsWith("Bearer"));
        assertProblem(given().header("Authorization", "Basic dXNlcjpwYXNz").when().delete("/api/v1/tags/"
                + java.util.UUID.randomUUID()).then(), 401);
        assertProblem(given().header("Authorization", "Bearer wrong").when().get("/api/v1/posts").then(), 401);
    }

    @Test
    void shouldAnswer404ForUnknownIdsSlugsAndPaths() {
        assertProblem(given().when().get("/api/v1/posts/" + java.util.UUID.randomUUID()).then(), 404);
        assertProblem(given().when().get("/api/v1/posts/not-a-uuid").then(), 404);
        assertProblem(given().when().get("/api/v1/posts/slug/no-such-post").then(), 404);
        assertProblem(given().when().get("/api/v1/tags/slug/no-such-tag").then(), 404);
        assertProblem(given().when().get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    void shouldAnswer405ForUnsupportedMethod() {
        assertProblem(given().header("Authorization", AUTHORIZATION).when().delete("/api/v1/posts").then(), 405);
    }

    @Test
    void shouldAnswer406WhenJsonIsNotAcceptable() {
        assertProblem(given().accept("text/html").when().get("/api/v1/posts").then(), 406);
    }

    @Test
    void shouldAnswer415ForOtherContentTypes() {
        assertProblem(given().header("Authorization", AUTHORIZATION).contentType("text/plain").body("title=x")
                .when().post("/api/v1/posts").then(), 415);
        assertProblem(given().header("Authorization", AUTHORIZATION).contentType("application/xml").body("<a/>")
                .when().post("/api/v1/tags").then(), 415);
    }

    @Test
    void shouldAnswer413ForBodiesOverTheLimit() {
        String markdown = "a".repeat(1_100_000);
        assertProblem(given().header("Authorization", AUTHORIZATION).contentType(ContentType.JSON)
                .body(Map.of("title", "Big", "markdown", markdown)).when().post("/api/v1/posts").then(), 413);
    }

    @Test
    void shouldRejectMergePatchThatIsNotAnObject() {
        String id = createId(post(unique("Patch")));
        assertProblem(given().header("Authorization", AUTHORIZATION).contentType("application/merge-patch+json")
                .body("[]").when().patch("/api/v1/posts/" + id).then(), 400);
        assertProblem(given().header("Authorization", AUTHORIZATION).contentType("application/merge-patch+json")
                .body("{\"title\": null}").when().patch("/api/v1/posts/" + id).then(), 400)
                .body("errors.field", contains("title"));
        assertProblem(given().header("Authorization", AUTHORIZATION).contentType("application/merge-patch+json")
                .body("{\"nope\": 1}").when().patch("/api/v1/posts/" + id).then(), 400)
                .body("errors.field", contains("nope"));
    }
}
