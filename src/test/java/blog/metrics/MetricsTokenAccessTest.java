package blog.metrics;

import static blog.TestData.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import blog.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MetricsTokenAccessTest.TokenAccess.class)
class MetricsTokenAccessTest {

    static final String METRICS_TOKEN = "metrics-token-for-the-scraper";

    public static class TokenAccess implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.metrics.access", "token", "blog.metrics.token", METRICS_TOKEN);
        }
    }

    @Test
    void shouldServeMetricsOnlyWithTheMetricsToken() {
        assertProblem(given().get("/q/metrics").then(), 401).header("WWW-Authenticate", containsString("Bearer"));
        assertProblem(given().header("Authorization", "Bearer wrong-" + METRICS_TOKEN).get("/q/metrics").then(), 401);
        assertProblem(given().header("Authorization", TestData.AUTHORIZATION).get("/q/metrics/").then(), 401);
        given().header("Authorization", "Bearer " + METRICS_TOKEN).accept("text/plain").get("/q/metrics")
                .then().statusCode(200).body(containsString("http_server_requests_seconds"));
        given().get("/api/v1/posts").then().statusCode(200);
    }
}
