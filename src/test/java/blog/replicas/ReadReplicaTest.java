package blog.replicas;

import static blog.TestData.assertProblem;
import static blog.TestData.asAdmin;
import static blog.TestData.create;
import static blog.TestData.published;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Anonymous reads on a read replica: here the test database itself, named again as
 * blog.db.read-url (a primary in the replica's place is taken as fully caught up). The lag and
 * failover cases need a real standby: reliability/replicas builds one.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.OneReplica.class)
class ReadReplicaTest {

    public static class OneReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.db.read-url", "${quarkus.datasource.jdbc.url}", "blog.cache.enabled", "false");
        }
    }

    static final String TOKEN_FORM = "[0-9A-F]{1,8}/[0-9A-F]{1,8}";

    @Test
    void aWriteAnswersWithItsPositionAndAnAnonymousReadAtItIsServedByTheReplica() {
        String slug = unique("replica");
        String token = create(published(slug, "2026-01-01T00:00:00Z")).header(ReadRouting.HEADER);
        assertTrue(token.matches(TOKEN_FORM), token);
        String replica = replicaName();
        long before = readsOf(replica);

        given().header(ReadRouting.HEADER, token).when().get("/api/v1/posts/slug/" + slug)
                .then().statusCode(200).body("title", equalTo(slug));
        given().when().get("/api/v1/posts?limit=5").then().statusCode(200);

        assertEquals(before + 2, readsOf(replica));
    }

    @Test
    void readsForATokenGoToThePrimary() {
        String slug = unique("primary");
        create(published(slug, "2026-01-01T00:00:00Z"));
        String replica = replicaName();
        long before = readsOf(replica);

        asAdmin().when().get("/api/v1/posts/slug/" + slug).then().statusCode(200);

        assertEquals(before, readsOf(replica));
    }

    @Test
    void aPreviewLinkReadsTheDraftOnThePrimary() {
        String id = create(blog.TestData.post(unique("draft"))).path("id");
        String token = asAdmin().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/posts/" + id + "/previews")
                .then().statusCode(201).extract().path("token");
        String replica = replicaName();
        long before = readsOf(replica);

        given().when().get("/api/v1/previews/" + token).then().statusCode(200).body("id", equalTo(id));

        assertEquals(before, readsOf(replica));
    }

    @Test
    void everySuccessfulWriteCarriesAToken() {
        String id = create(published(unique("patched"), "2026-01-01T00:00:00Z")).path("id");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("title", "Patched"))
                .when().patch("/api/v1/posts/" + id)
                .then().statusCode(200).header(ReadRouting.HEADER, matchesPattern(TOKEN_FORM));
        asAdmin().when().delete("/api/v1/posts/" + id)
                .then().statusCode(204).header(ReadRouting.HEADER, matchesPattern(TOKEN_FORM));
    }

    @Test
    void aMalformedTokenIsA400() {
        assertProblem(given().header(ReadRouting.HEADER, "latest please").when().get("/api/v1/posts").then(), 400)
                .body("errors[0].field", equalTo(ReadRouting.HEADER));
        assertProblem(given().header(ReadRouting.HEADER, "FFFFFFFFF/0").when().get("/api/v1/posts").then(), 400);
    }

    @Test
    void aFailedWriteCarriesNoToken() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("title", "")).when().post("/api/v1/posts")
                .then().statusCode(400).header(ReadRouting.HEADER, (String) null);
    }

    static String replicaName() {
        return replicaData().keySet().stream().filter(key -> key.contains(":") && !key.contains(" ")).findFirst().orElseThrow();
    }

    static long readsOf(String name) {
        return ((Number) replicaData().get(name + " reads")).longValue();
    }

    static Map<String, Object> replicaData() {
        return given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getMap("checks.find { it.name == 'read replicas' }.data");
    }
}
