package blog.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import blog.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FailedAuthenticationLimitTest.LowLimit.class)
class FailedAuthenticationLimitTest {

    /** Three failures a minute, so the test needs few requests. */
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.auth.failure-limit", "3", "blog.auth.failure-window", "60s");
        }
    }

    @Test
    void shouldRefuseClientWith429AfterRepeatedFailures() {
        Scrape before = Scrape.now();
        for (int attempt = 0; attempt < 3; attempt++) {
            given().header("Authorization", "Bearer guess-" + attempt).when().get("/api/v1/posts").then().statusCode(401);
        }
        given().header("Authorization", "Bearer guess-4").when().get("/api/v1/posts")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "60")
                .body("status", equalTo(429));
        given().header("Authorization", "Bearer test-token").when().get("/api/v1/posts").then().statusCode(429);
        given().when().get("/api/v1/posts").then().statusCode(200);
        Scrape after = Scrape.now();
        assertThat(after.since(before, "blog_auth_failures_total{reason=\"invalid\"}")).isEqualTo(3);
        assertThat(after.since(before, "blog_auth_rate_limited_total")).isEqualTo(2);
    }
}
