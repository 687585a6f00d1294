package blog.auth;

import static blog.TestData.asAdmin;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenTest {

    @Inject
    EntityManager entityManager;

    @Test
    void shouldShowSecretOnceAndNeverStoreItInClear() {
        Principals.Principal editor = Principals.withRole("editor");
        assertThat(editor.token()).startsWith("blog_").hasSize(48);
        String listed = asAdmin().when().get("/api/v1/tokens")
                .then().statusCode(200).extract().asString();
        assertThat(listed).doesNotContain(editor.token()).contains(editor.token().substring(0, 9) + "…");
        assertThat(storedRows()).noneMatch(row -> row.contains(editor.token()) || row.contains(editor.token().substring(5)));
    }

    @Transactional
    List<String> storedRows() {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery("select t::text from api_tokens t").getResultList();
        return rows;
    }

    @Test
    void shouldRejectRevokedTokenAtOnce() {
        Principals.Principal author = Principals.withRole("author");
        given().header("Authorization", author.bearer()).when().get("/api/v1/posts").then().statusCode(200);
        String id = asAdmin().when().get("/api/v1/tokens").then().extract()
                .jsonPath().getList("findAll { it.authorId == '" + author.authorId() + "' }.id", String.class).get(0);
        asAdmin().when().delete("/api/v1/tokens/" + id).then().statusCode(204);
        given().header("Authorization", author.bearer()).when().get("/api/v1/posts")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        asAdmin().when().get("/api/v1/tokens/" + id)
                .then().statusCode(200).body("revokedAt", notNullValue()).body("lastUsedAt", notNullValue());
    }

    @Test
    void shouldRejectExpiredToken() throws InterruptedException {
        Principals.Principal owner = Principals.withRole("author");
        Instant expiry = Instant.now().plusSeconds(1);
        String secret = Principals.mint("author", owner.authorId(), expiry.toString());
        given().header("Authorization", "Bearer " + secret).when().get("/api/v1/posts").then().statusCode(200);
        Thread.sleep(java.time.Duration.between(Instant.now(), expiry).toMillis() + 200);
        given().header("Authorization", "Bearer " + secret).when().get("/api/v1/posts").then().statusCode(401);
    }

    @Test
    void shouldRequireAnAuthorForContributorTokens() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "contributor"))
                .when().post("/api/v1/tokens").then().statusCode(400).body("errors[0].field", equalTo("authorId"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "editor", "authorId", " "))
                .when().post("/api/v1/tokens").then().statusCode(400).body("errors[0].field", equalTo("authorId"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "owner"))
                .when().post("/api/v1/tokens").then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @Test
    void shouldMakeTheTokensAuthorThePostsAuthor() {
        Principals.Principal author = Principals.withRole("author");
        given().header("Authorization", author.bearer()).contentType(ContentType.JSON)
                .body(Map.of("title", unique("Mine"), "status", "published"))
                .when().post("/api/v1/posts").then().statusCode(201)
                .body("authors[0].slug", equalTo(author.authorSlug()));
        given().queryParam("author", author.authorSlug()).when().get("/api/v1/posts")
                .then().statusCode(200).body("items.size()", equalTo(1));
        given().when().get("/api/v1/authors/slug/" + author.authorSlug())
                .then().statusCode(200).body("postCount", equalTo(1));
    }

    @Test
    void shouldKeepAuthorEmailPrivate() {
        String email = unique("ada") + "@example.com";
        String id = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", unique("Ada"), "email", email))
                .when().post("/api/v1/authors").then().statusCode(201).body("email", equalTo(email)).extract().path("id");
        String anonymous = given().when().get("/api/v1/authors/" + id).then().statusCode(200).extract().asString();
        assertThat(anonymous).doesNotContain(email).doesNotContain("\"email\"");
        assertThat(given().when().get("/api/v1/authors?limit=100").then().extract().asString()).doesNotContain(email);
    }
}
