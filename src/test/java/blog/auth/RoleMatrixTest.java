package blog.auth;

import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import blog.auth.Principals.Principal;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every role against every kind of write, as the role table of the API promises. */
@QuarkusTest
class RoleMatrixTest {

    private static final List<String> ROLES = List.of("anonymous", "contributor", "author", "editor", "admin");
    private static Map<String, Principal> principals;
    private static Principal someoneElse;

    private static synchronized Map<String, Principal> principals() {
        if (principals == null) {
            principals = new LinkedHashMap<>();
            principals.put("anonymous", Principals.anonymous());
            for (String role : ROLES.subList(1, ROLES.size())) {
                principals.put(role, Principals.withRole(role));
            }
            someoneElse = Principals.withRole("author");
        }
        return principals;
    }

    @ParameterizedTest(name = "{0}: anonymous {1}, contributor {2}, author {3}, editor {4}, admin {5}")
    @CsvSource({
        "create-draft,          401, 201, 201, 201, 201",
        "create-published,      401, 403, 201, 201, 201",
        "edit-own-draft,        401, 200, 200, 200, 200",
        "publish-own-draft,     401, 403, 200, 200, 200",
        "edit-own-published,    401, 403, 200, 200, 200",
        "delete-own-draft,      401, 204, 204, 204, 204",
        "delete-own-published,  401, 403, 204, 204, 204",
        "edit-others-post,      401, 403, 403, 200, 200",
        "delete-others-post,    401, 403, 403, 204, 204",
        "read-others-draft,     404, 200, 200, 200, 200",
        "create-tag,            401, 403, 403, 201, 201",
        "edit-tag,              401, 403, 403, 200, 200",
        "delete-tag,            401, 403, 403, 204, 204",
        "create-author,         401, 403, 403, 201, 201",
        "edit-own-author,       401, 200, 200, 200, 200",
        "edit-other-author,     401, 403, 403, 200, 200",
        "delete-author,         401, 403, 403, 204, 204",
        "list-tokens,           401, 403, 403, 403, 200",
        "mint-token,            401, 403, 403, 403, 201",
        "revoke-token,          401, 403, 403, 403, 204",
        "list-webhooks,         401, 403, 403, 403, 200",
        "create-webhook,        401, 403, 403, 403, 201",
        "read-changes,          200, 200, 200, 200, 200",
        "preview-own-draft,     401, 201, 201, 201, 201",
        "preview-others-draft,  401, 403, 403, 201, 201",
        "list-own-previews,     401, 200, 200, 200, 200",
        "read-feeds,            200, 200, 200, 200, 200",
        "read-sitemaps,         200, 200, 200, 200, 200",
        "read-redirects,        200, 200, 200, 200, 200"})
    void shouldAllowExactlyWhatEachRoleMay(String operation, int anonymous, int contributor, int author, int editor,
                                           int admin) {
        Map<String, Integer> expected = Map.of("anonymous", anonymous, "contributor", contributor, "author", author,
                "editor", editor, "admin", admin);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String role : ROLES) {
            Response response = perform(operation, principals().get(role));
            actual.put(role, response.statusCode());
            if (response.statusCode() >= 400) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static Response perform(String operation, Principal principal) {
        String own = principal.authorSlug() != null ? principal.authorSlug() : someoneElse.authorSlug();
        return switch (operation) {
            case "create-draft" -> as(principal).contentType(ContentType.JSON)
                    .body(Map.of("title", unique("Draft"))).post("/api/v1/posts");
            case "create-published" -> as(principal).contentType(ContentType.JSON)
                    .body(Map.of("title", unique("Live"), "status", "published")).post("/api/v1/posts");
            case "edit-own-draft" -> patch(principal, "/api/v1/posts/" + post(own, "draft"), Map.of("title", "Edited"));
            case "publish-own-draft" -> patch(principal, "/api/v1/posts/" + post(own, "draft"), Map.of("status", "published"));
            case "edit-own-published" -> patch(principal, "/api/v1/posts/" + post(own, "published"), Map.of("title", "Edited"));
            case "delete-own-draft" -> as(principal).delete("/api/v1/posts/" + post(own, "draft"));
            case "delete-own-published" -> as(principal).delete("/api/v1/posts/" + post(own, "published"));
            case "edit-others-post" -> patch(principal, "/api/v1/posts/" + post(someoneElse.authorSlug(), "published"),
                    Map.of("title", "Edited"));
            case "delete-others-post" -> as(principal).delete("/api/v1/posts/" + post(someoneElse.authorSlug(), "published"));
            case "read-others-draft" -> as(principal).get("/api/v1/posts/" + post(someoneElse.authorSlug(), "draft"));
            case "create-tag" -> as(principal).contentType(ContentType.JSON).body(Map.of("name", unique("tag")))
                    .post("/api/v1/tags");
            case "edit-tag" -> patch(principal, "/api/v1/tags/" + tag(), Map.of("description", "Edited"));
            case "delete-tag" -> as(principal).delete("/api/v1/tags/" + tag());
            case "create-author" -> as(principal).contentType(ContentType.JSON).body(Map.of("name", unique("Writer")))
                    .post("/api/v1/authors");
            case "edit-own-author" -> patch(principal, "/api/v1/authors/"
                    + (principal.authorId() != null ? principal.authorId() : someoneElse.authorId()), Map.of("bio", "Mine"));
            case "edit-other-author" -> patch(principal, "/api/v1/authors/" + someoneElse.authorId(), Map.of("bio", "Yours"));
            case "delete-author" -> as(principal).delete("/api/v1/authors/" + author());
            case "list-tokens" -> as(principal).get("/api/v1/tokens");
            case "mint-token" -> as(principal).contentType(ContentType.JSON)
                    .body(Map.of("name", "x", "role", "editor")).post("/api/v1/tokens");
            case "revoke-token" -> as(principal).delete("/api/v1/tokens/" + token());
            case "list-webhooks" -> as(principal).get("/api/v1/webhooks");
            case "create-webhook" -> as(principal).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:9/refused", "events", List.of("tag.deleted"), "active", false))
                    .post("/api/v1/webhooks");
            case "read-changes" -> as(principal).get("/api/v1/changes?limit=1");
            case "preview-own-draft" -> as(principal).contentType(ContentType.JSON).body("{}").post("/api/v1/posts/" + post(own, "draft") + "/previews");
            case "preview-others-draft" -> as(principal).contentType(ContentType.JSON).body("{}").post("/api/v1/posts/" + post(someoneElse.authorSlug(), "draft") + "/previews");
            case "list-own-previews" -> as(principal).get("/api/v1/posts/" + post(own, "draft") + "/previews");
            case "read-feeds" -> as(principal).get("/api/v1/feeds/atom");
            case "read-sitemaps" -> as(principal).get("/api/v1/sitemaps/index.xml");
            case "read-redirects" -> as(principal).get("/api/v1/redirects");
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private static RequestSpecification as(Principal principal) {
        RequestSpecification request = given();
        return principal.bearer() == null ? request : request.header("Authorization", principal.bearer());
    }

    private static Response patch(Principal principal, String path, Map<String, Object> body) {
        return as(principal).contentType(MERGE_PATCH).body(body).patch(path);
    }

    private static String post(String authorSlug, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("title", unique("Post"), "status", status,
                "authors", List.of(authorSlug)));
        return admin().contentType(ContentType.JSON).body(body).post("/api/v1/posts").then().statusCode(201)
                .extract().path("id");
    }

    private static String tag() {
        return admin().contentType(ContentType.JSON).body(Map.of("name", unique("tag"))).post("/api/v1/tags")
                .then().statusCode(201).extract().path("id");
    }

    private static String author() {
        return admin().contentType(ContentType.JSON).body(Map.of("name", unique("Leaving"))).post("/api/v1/authors")
                .then().statusCode(201).extract().path("id");
    }

    private static String token() {
        return admin().contentType(ContentType.JSON).body(Map.of("name", unique("t"), "role", "editor"))
                .post("/api/v1/tokens").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification admin() {
        return asAdmin();
    }
}
