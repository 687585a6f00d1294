package blog.problem;

import static blog.TestData.AUTHORIZATION;
import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.assertProblem;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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


    private static ValidatableResponse postJson(String body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
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
        "{\"title\": \"a\", \"canonicalUrl\": \"/relative\"}|canonicalUrl",
        "{\"title\": \"nul \\u0000 inside\"}|title",
        "{\"title\": \"lone \\ud800 surrogate\"}|title",
        "{\"title\": \"a\", \"publishedAt\": 1e400}|publishedAt",
        "{\"title\": \"a\", \"publishedAt\": 1700000000}|publishedAt",
        "{\"title\": \"a\", \"publishedAt\": \"+300000-01-01T00:00:00Z\"}|publishedAt",
        "{\"title\": \"a\", \"tags\": [\"nul\\u0000tag\"]}|tags[0]"})
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
        assertProblem(asAdmin().when().delete("/api/v1/posts").then(), 405);
    }

    @Test
    void shouldAnswer406WhenJsonIsNotAcceptable() {
        assertProblem(given().accept("text/html").when().get("/api/v1/posts").then(), 406);
    }

    @Test
    void shouldAnswer415ForOtherContentTypes() {
        assertProblem(asAdmin().contentType("text/plain").body("title=x")
                .when().post("/api/v1/posts").then(), 415);
        assertProblem(asAdmin().contentType("application/xml").body("<a/>")
                .when().post("/api/v1/tags").then(), 415);
    }

    @Test
    void shouldAnswer413ForBodiesOverTheLimit() {
        String markdown = "a".repeat(1_100_000);
        assertProblem(asAdmin().contentType(ContentType.JSON)
                .body(Map.of("title", "Big", "markdown", markdown)).when().post("/api/v1/posts").then(), 413);
    }

    @Test
    void shouldAnswer413ForChunkedBodiesOverTheLimit() throws Exception {
        byte[] body = ("{\"title\": \"Big\", \"markdown\": \"" + "a".repeat(1_100_000) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/posts"))
                .header("Authorization", AUTHORIZATION).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void shouldAnswerProblemsForUnreadablePathsAndHostileQueries() {
        assertProblem(given().urlEncodingEnabled(false).when().get("/api/v1/posts/slug/a%00b").then(), 404);
        assertProblem(given().urlEncodingEnabled(false).when().get("/api/v1/posts?publishedAfter=-100000-01-01T00:00:00Z").then(), 400);
        assertProblem(given().urlEncodingEnabled(false).when().get("/api/v1/posts?q=a%00b").then(), 400);
    }

    @Test
    void shouldRejectMergePatchThatIsNotAnObject() {
        String id = createId(post(unique("Patch")));
        assertProblem(asAdmin().contentType(MERGE_PATCH)
                .body("[]").when().patch("/api/v1/posts/" + id).then(), 400);
        assertProblem(asAdmin().contentType(MERGE_PATCH)
                .body("{\"title\": null}").when().patch("/api/v1/posts/" + id).then(), 400)
                .body("errors.field", contains("title"));
        assertProblem(asAdmin().contentType(MERGE_PATCH)
                .body("{\"nope\": 1}").when().patch("/api/v1/posts/" + id).then(), 400)
                .body("errors.field", contains("nope"));
    }
}
