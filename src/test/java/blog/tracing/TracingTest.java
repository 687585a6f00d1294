package blog.tracing;

import static blog.TestData.asAdmin;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an OTLP endpoint configured, HTTP requests, their SQL and webhook calls are traced, and nothing secret is recorded. */
@QuarkusTest
@TestProfile(TracingTest.WithCollector.class)
class TracingTest {

    static final int PORT = 18_094;
    static final Collector COLLECTOR = Collector.start(PORT);

    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.tracing.otlp-endpoint", "http://127.0.0.1:" + PORT,
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + PORT,
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    @Test
    void shouldTraceRequestsWithTheirSqlByRouteTemplate() {
        String id = createId(post(unique("Traced"), "status", "published"));
        given().get("/api/v1/posts/" + id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String spans = new String(COLLECTOR.exported(), StandardCharsets.UTF_8);
            assertThat(spans).contains("GET /api/v1/posts/{id}", "POST /api/v1/posts", "postgresql");
        });
        assertThat(new String(COLLECTOR.exported(), StandardCharsets.UTF_8)).doesNotContain(blog.TestData.TOKEN, "Bearer ");
    }

    @Test
    void shouldRecordNoSecretOfAPathOrQuery() {
        String previewToken = "prv_" + "Q".repeat(43);
        given().get("/api/v1/previews/" + previewToken).then().statusCode(404);
        given().queryParam("q", "private-words").get("/api/v1/posts").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(new String(COLLECTOR.exported(), StandardCharsets.UTF_8)).contains("/api/v1/previews/{token}"));
        assertThat(new String(COLLECTOR.exported(), StandardCharsets.UTF_8)).doesNotContain(previewToken, "private-words");
    }

    @Test
    void shouldTraceWebhookCallsAndPassTheirContextOn() {
        String webhookId = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + PORT + "/hook?secret=do-not-record", "events", List.of("post.published")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        try {
            createId(post(unique("Announced"), "status", "published"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !COLLECTOR.webhookTraceparents().isEmpty());
            String traceparent = COLLECTOR.webhookTraceparents().get(0);
            assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            byte[] traceId = HexFormat.of().parseHex(traceparent.substring(3, 35));
            await().atMost(Duration.ofSeconds(20)).until(() -> contains(COLLECTOR.exported(), traceId));
            String spans = new String(COLLECTOR.exported(), StandardCharsets.UTF_8);
            assertThat(spans).contains("blog.webhook.event_type", "http://127.0.0.1:" + PORT).doesNotContain("do-not-record", "/hook");
        } finally {
            asAdmin().delete("/api/v1/webhooks/" + webhookId);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
