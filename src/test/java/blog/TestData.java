package blog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Helpers that make each test's own data through the API. */
public final class TestData {

    public static final String TOKEN = "test-token";
    public static final String AUTHORIZATION = "Bearer " + TOKEN;

    public static final String MERGE_PATCH = "application/merge-patch+json";

    private TestData() {
    }

    /** A request with the bootstrap admin token. */
    public static RequestSpecification asAdmin() {
        return given().header("Authorization", AUTHORIZATION);
    }

    /** A request with a minted token's secret. */
    public static RequestSpecification as(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }

    /** A JSON Merge Patch of the resource at {@code url}, as the admin. */
    public static Response mergePatch(String url, Object patch) {
        return asAdmin().contentType(MERGE_PATCH).body(patch).when().patch(url);
    }

    /** A problem+json answer with this status that says what it is and leaks nothing internal. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("https://blog.example/problems/"))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body("instance", startsWith("/"))
                .body(not(containsString("Exception")));
    }

    /** A word no other test uses, for titles, slugs and tags. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> post(String title, Object... fieldsAndValues) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("markdown", "Some text about " + title + ".");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return body;
    }

    public static Map<String, Object> published(String title, String publishedAt, String... tags) {
        return post(title, "status", "published", "publishedAt", publishedAt, "tags", List.of(tags));
    }

    public static ExtractableResponse<Response> create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/posts")
                .then().statusCode(201).extract();
    }

    public static String createId(Map<String, Object> body) {
        return create(body).path("id");
    }
}
