package blog.metrics;

import static blog.TestData.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MetricsPortTest.OwnPort.class)
class MetricsPortTest {

    static final int METRICS_PORT = 18_093;

    public static class OwnPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.metrics.access", "port", "blog.metrics.port", String.valueOf(METRICS_PORT), "blog.metrics.host", "127.0.0.1");
        }
    }

    @Test
    void shouldServeMetricsOnItsOwnPortOnly() {
        assertProblem(given().get("/q/metrics").then(), 404);
        given().get("/api/v1/posts").then().statusCode(200);
        given().port(METRICS_PORT).accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain")).body(containsString("http_server_requests_seconds_count{method=\"GET\",status=\"2xx\",uri=\"/api/v1/posts\""));
        given().port(METRICS_PORT).get("/metrics").then().statusCode(200).contentType(startsWith("application/openmetrics-text"));
        given().port(METRICS_PORT).get("/api/v1/posts").then().statusCode(404);
    }
}
