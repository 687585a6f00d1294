package blog.tracing;

import static blog.TestData.asAdmin;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Without an OTLP endpoint nothing is traced, and webhook calls carry no trace context. */
@QuarkusTest
class TracingOffTest {

    static final int PORT = 18_095;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean disabled;

    @Test
    void shouldNotTraceWithoutAnOtlpEndpoint() {
        assertThat(disabled).isTrue();
        Collector receiver = Collector.start(PORT);
        String webhookId = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + PORT + "/hook", "events", List.of("post.published")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        try {
            createId(post(unique("Untraced"), "status", "published"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.webhookTraceparents().isEmpty());
            assertThat(receiver.webhookTraceparents()).containsOnly("null");
        } finally {
            asAdmin().delete("/api/v1/webhooks/" + webhookId);
            receiver.stop();
        }
    }
}
