package blog.replicas;

import static blog.TestData.create;
import static blog.TestData.published;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A read replica nobody answers at: readiness stays UP and every read goes to the primary. */
@QuarkusTest
@TestProfile(ReplicaDownTest.DeadReplica.class)
class ReplicaDownTest {

    static final String DEAD = "127.0.0.1:1";

    public static class DeadReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.db.read-url", "jdbc:postgresql://" + DEAD + "/blog", "blog.cache.enabled", "false");
        }
    }

    @Test
    void readsGoToThePrimaryWhileTheReplicaIsDown() {
        String slug = unique("fallback");
        String token = create(published(slug, "2026-01-01T00:00:00Z")).header(ReadRouting.HEADER);
        long before = primaryReads();

        given().when().get("/api/v1/posts/slug/" + slug).then().statusCode(200).body("title", equalTo(slug));
        given().header(ReadRouting.HEADER, token).when().get("/api/v1/posts/slug/" + slug).then().statusCode(200);

        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'read replicas' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'read replicas' }.data.'" + DEAD + "'", equalTo("down"));
        assertEquals(before + 2, primaryReads());
    }

    static long primaryReads() {
        return given().when().get("/q/health/ready").then().extract().jsonPath()
                .getLong("checks.find { it.name == 'read replicas' }.data.'primary reads'");
    }
}
