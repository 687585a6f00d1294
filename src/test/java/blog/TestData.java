package blog;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
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

    private TestData() {
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
        return given().header("Authorization", AUTHORIZATION).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/posts")
                .then().statusCode(201).extract();
    }

    public static String createId(Map<String, Object> body) {
        return create(body).path("id");
    }
}
