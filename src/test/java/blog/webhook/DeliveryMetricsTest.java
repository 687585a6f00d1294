package blog.webhook;

import static blog.TestData.asAdmin;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import blog.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery counters move by exactly the outcomes recorded; the pending gauges show deliveries still to send. */
@QuarkusTest
class DeliveryMetricsTest {

    private static final String DELIVERED = "blog_webhook_deliveries_total{outcome=\"delivered\"}";
    private static final String RETRIED = "blog_webhook_deliveries_total{outcome=\"retried\"}";
    private static final String FAILED = "blog_webhook_deliveries_total{outcome=\"failed\"}";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Receiver receiver;

    /** Webhooks other tests left would add their own deliveries to the counts. */
    @BeforeEach
    void onlyThisTestsWebhooks() {
        List<String> left = asAdmin().get("/api/v1/webhooks").then().statusCode(200).extract().path("id");
        left.forEach(id -> asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(204));
        receiver = Receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldCountARetryAndADeliveryExactly() {
        receiver.answering(500);
        String webhookId = webhook();
        Scrape before = Scrape.now();
        createId(post(unique("Counted"), "status", "published"));
        Scrape after = awaitMoved(before, DELIVERED);
        assertThat(after.since(before, DELIVERED)).isEqualTo(1);
        assertThat(after.since(before, RETRIED)).isEqualTo(1);
        assertThat(after.since(before, FAILED)).isZero();
        assertThat(deliveries(webhookId).getInt("[0].attempts")).isEqualTo(2);
    }

    @Test
    void shouldShowPendingDeliveriesThenCountTheOneGivenUp() {
        receiver.answeringAlways(503);
        String webhookId = webhook();
        Scrape before = Scrape.now();
        createId(post(unique("Refused"), "status", "published"));
        await().atMost(PATIENCE).until(() -> Scrape.now().value("blog_webhook_deliveries_pending") >= 1);
        await().atMost(PATIENCE).until(() -> Scrape.now().value("blog_webhook_deliveries_oldest_pending_age_seconds") > 0);
        Scrape after = awaitMoved(before, FAILED);
        int attempts = deliveries(webhookId).getInt("[0].attempts");
        assertThat(after.since(before, FAILED)).isEqualTo(1);
        assertThat(after.since(before, RETRIED)).isEqualTo(attempts - 1);
        assertThat(after.since(before, DELIVERED)).isZero();
        await().atMost(PATIENCE).until(() -> Scrape.now().value("blog_webhook_deliveries_pending") == 0);
    }

    private String webhook() {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", List.of("post.published")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private static JsonPath deliveries(String webhookId) {
        return asAdmin().get("/api/v1/webhooks/" + webhookId + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    private static Scrape awaitMoved(Scrape before, String series) {
        Scrape[] after = new Scrape[1];
        await().atMost(PATIENCE).until(() -> (after[0] = Scrape.now()).since(before, series) >= 1);
        return after[0];
    }
}
