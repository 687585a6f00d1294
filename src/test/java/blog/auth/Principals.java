package blog.auth;

import static blog.TestData.asAdmin;
import static blog.TestData.unique;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** Authors and tokens minted through the API with the bootstrap admin token. */
final class Principals {

    private Principals() {
    }

    /** An author of its own and a token with the role, acting for that author. */
    record Principal(String role, String authorId, String authorSlug, String token) {
        String bearer() {
            return token == null ? null : "Bearer " + token;
        }
    }

    static Principal anonymous() {
        return new Principal("anonymous", null, null, null);
    }

    static Principal withRole(String role) {
        Map<String, Object> author = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", unique(role + " Person")))
                .when().post("/api/v1/authors").then().statusCode(201).extract().as(Map.class);
        String secret = mint(role, (String) author.get("id"), null);
        return new Principal(role, (String) author.get("id"), (String) author.get("slug"), secret);
    }

    static String mint(String role, String authorId, String expiresAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("token"));
        body.put("role", role);
        body.put("authorId", authorId);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt);
        }
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
    }
}
