package blog.webhook;

import static blog.TestData.asAdmin;
import static blog.TestData.assertProblem;
import static blog.TestData.createId;
import static blog.TestData.mergePatch;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import blog.changes.ChangeLog;
import blog.changes.ChangeType;
import blog.changes.FeedReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhooks against real receivers on loopback: signed, retried, disabled, observable, and never told of a rolled-back change. */
@QuarkusTest
class WebhookTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ChangeLog changeLog;

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String> webhooks = new ArrayList<>();

    @AfterEach
    void stopReceivers() {
        webhooks.forEach(id -> asAdmin().delete("/api/v1/webhooks/" + id));
        receivers.forEach(Receiver::close);
    }

    @Test
    void shouldSignEachDeliverySoTheReceiverCanVerifyIt() throws Exception {
        Receiver receiver = receiver();
        JsonPath webhook = webhook(receiver, "post.published");
        String secret = webhook.getString("secret");
        assertThat(secret).startsWith("whsec_");

        String postId = createId(post(unique("Announced"), "status", "published"));

        Receiver.Received request = awaitOne(receiver, postId);
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.eventType()).isEqualTo("post.published");
        assertThat(request.eventId()).isEqualTo(request.json().path("id").asText());
        assertThat(request.json().path("type").asText()).isEqualTo("post.published");
        assertThat(request.json().path("data").path("change").asText()).isEqualTo("upsert");
        assertThat(request.json().path("data").path("resource").asText()).isEqualTo("post");
        String[] signature = request.signature().split(",");
        long timestamp = Long.parseLong(signature[0].substring("t=".length()));
        assertThat(timestamp).isCloseTo(Instant.now().getEpochSecond(), within(60L));
        assertThat(signature[1]).isEqualTo("v1=" + hmacSha256(secret, timestamp + "." + request.body()));
        assertThat(FeedReader.fromStart().readAll()).anyMatch(change -> change.id().equals(request.eventId()));

        JsonPath deliveries = asAdmin().get("/api/v1/webhooks/" + webhook.getString("id") + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(deliveries.getString("find { it.eventId == '" + request.eventId() + "' }.status")).isEqualTo("delivered");
        assertThat(deliveries.getInt("find { it.eventId == '" + request.eventId() + "' }.lastStatus")).isEqualTo(200);
        assertThat(deliveries.getString("find { it.eventId == '" + request.eventId() + "' }.lastResponse")).isEqualTo("thanks");
    }

    @Test
    void shouldShowTheSecretOnlyWhenCreatedOrRotated() throws Exception {
        Receiver receiver = receiver();
        JsonPath webhook = webhook(receiver, "tag.created");
        String id = webhook.getString("id");
        asAdmin().get("/api/v1/webhooks/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        asAdmin().get("/api/v1/webhooks").then().statusCode(200).body("find { it.id == '" + id + "' }", not(hasKey("secret")));

        String rotated = asAdmin().post("/api/v1/webhooks/" + id + "/secret").then().statusCode(200)
                .body("secret", startsWith("whsec_")).extract().path("secret");
        assertThat(rotated).isNotEqualTo(webhook.getString("secret"));

        String tagId = tag();
        Receiver.Received request = awaitOne(receiver, tagId);
        long timestamp = Long.parseLong(request.signature().split(",")[0].substring(2));
        assertThat(request.signature()).endsWith("v1=" + hmacSha256(rotated, timestamp + "." + request.body()));
    }

    @Test
    void shouldRetryWithTheSameEventIdUntilTheReceiverRecovers() {
        Receiver receiver = receiver().answering(503, 500);
        String webhookId = webhook(receiver, "tag.created").getString("id");

        String tagId = tag();

        await().atMost(PATIENCE).until(() -> receiver.about(tagId).size() == 3);
        assertThat(receiver.about(tagId)).extracting(Receiver.Received::eventId).containsOnly(receiver.about(tagId).get(0).eventId());
        await().atMost(PATIENCE).untilAsserted(() -> asAdmin().get("/api/v1/webhooks/" + webhookId + "/deliveries").then()
                .body("find { it.eventId == '" + receiver.about(tagId).get(0).eventId() + "' }.status", equalTo("delivered"))
                .body("find { it.eventId == '" + receiver.about(tagId).get(0).eventId() + "' }.attempts", equalTo(3)));
        asAdmin().get("/api/v1/webhooks/" + webhookId).then().body("active", equalTo(true));
    }

    @Test
    void shouldDisableTheWebhookWhenTheReceiverAnswersGone() {
        Receiver receiver = receiver().answeringAlways(410);
        String webhookId = webhook(receiver, "tag.created").getString("id");

        String first = tag();
        await().atMost(PATIENCE).untilAsserted(() -> asAdmin().get("/api/v1/webhooks/" + webhookId).then()
                .body("active", equalTo(false)).body("disabledReason", equalTo("The receiver answered 410 Gone.")));
        String second = tag();
        String sentinel = sentinel();

        assertThat(receiver.about(first)).hasSize(1);
        assertThat(receiver.about(second)).isEmpty();
        assertThat(sentinel).isNotNull();
        assertProblem(asAdmin().post("/api/v1/webhooks/" + webhookId + "/ping").then(), 409);
    }

    @Test
    void shouldDisableAWebhookThatKeepsFailingAndSayWhy() {
        Receiver receiver = receiver().answeringAlways(500);
        String webhookId = webhook(receiver, "tag.created").getString("id");

        String tagId = tag();

        await().atMost(PATIENCE).untilAsserted(() -> asAdmin().get("/api/v1/webhooks/" + webhookId).then()
                .body("active", equalTo(false)).body("disabledReason", startsWith("Deliveries failed for")));
        assertThat(receiver.about(tagId).size()).isGreaterThanOrEqualTo(3);
        asAdmin().get("/api/v1/webhooks/" + webhookId + "/deliveries").then()
                .body("[0].status", equalTo("failed")).body("[0].lastStatus", equalTo(500)).body("[0].lastError", equalTo("HTTP 500"));

        mergePatch("/api/v1/webhooks/" + webhookId, Map.of("active", true)).then().statusCode(200)
                .body("active", equalTo(true)).body("$", not(hasKey("disabledReason")));
    }

    @Test
    void shouldNeverDeliverARolledBackChange() {
        Receiver receiver = receiver();
        webhook(receiver, "tag.created");
        UUID rolledBack = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            changeLog.record(ChangeType.TAG_CREATED, rolledBack, "rolled-back", Instant.now().truncatedTo(ChronoUnit.MICROS));
            throw new IllegalStateException("the write fails after its change was recorded");
        })).isInstanceOf(IllegalStateException.class);
        String committed = tag();

        awaitOne(receiver, committed);
        assertThat(receiver.about(rolledBack.toString())).isEmpty();
        assertThat(FeedReader.fromStart().readAll()).noneMatch(change -> change.resourceId().equals(rolledBack.toString()));
    }

    @Test
    void shouldSendOnlyTheEventsAWebhookAskedFor() {
        Receiver tags = receiver();
        Receiver posts = receiver();
        webhook(tags, "tag.created");
        webhook(posts, "post.published", "post.unpublished");

        String postId = createId(post(unique("Published"), "status", "published", "tags", List.of(unique("fresh"))));
        mergePatch("/api/v1/posts/" + postId, Map.of("title", "Only an update")).then().statusCode(200);
        mergePatch("/api/v1/posts/" + postId, Map.of("status", "draft")).then().statusCode(200);

        await().atMost(PATIENCE).until(() -> posts.about(postId).size() == 2 && tags.ofType("tag.created").size() == 1);
        assertThat(posts.about(postId)).extracting(Receiver.Received::eventType).containsExactlyInAnyOrder("post.published",
                "post.unpublished");
        assertThat(tags.about(postId)).isEmpty();
    }

    @Test
    void shouldAnnounceAScheduledPostWhenItsTimeComes() {
        Receiver receiver = receiver();
        webhook(receiver, "post.published");
        Instant publishedAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);

        String postId = createId(post(unique("Scheduled"), "status", "scheduled", "publishedAt", publishedAt.toString()));

        Receiver.Received request = awaitOne(receiver, postId);
        assertThat(Instant.parse(request.json().path("occurredAt").asText())).isAfterOrEqualTo(publishedAt);
        assertThat(FeedReader.fromStart().readAll()).filteredOn(change -> change.resourceId().equals(postId))
                .extracting(FeedReader.Change::type).containsExactly("post.published");
    }

    @Test
    void shouldNameTheSurrogateKeysACdnPurgesForTheChange() {
        Receiver receiver = receiver();
        webhook(receiver, "post.published", "tag.updated");
        String postId = createId(post(unique("Purged"), "status", "published"));
        String tagId = tag();
        mergePatch("/api/v1/tags/" + tagId, Map.of("name", unique("Renamed"))).then().statusCode(200);

        Receiver.Received published = awaitOne(receiver, postId);
        Receiver.Received renamed = awaitOne(receiver, tagId);
        assertThat(published.json().path("data").path("surrogateKeys").toString()).isEqualTo("[\"post-" + postId + "\",\"lists\"]");
        assertThat(renamed.json().path("data").path("surrogateKeys").toString()).isEqualTo("[\"tag-" + tagId + "\",\"lists\"]");
        assertThat(FeedReader.fromStart().readAll()).filteredOn(change -> change.id().equals(published.eventId()))
                .extracting(FeedReader.Change::surrogateKeys).containsExactly(List.of("post-" + postId, "lists"));
    }

    @Test
    void shouldPingAndRedeliverWithTheSameEventId() {
        Receiver receiver = receiver();
        String webhookId = webhook(receiver, "tag.created").getString("id");

        asAdmin().post("/api/v1/webhooks/" + webhookId + "/ping").then().statusCode(202)
                .body("eventType", equalTo("ping")).body("status", equalTo("pending"));
        await().atMost(PATIENCE).until(() -> receiver.ofType("ping").size() == 1);
        assertThat(receiver.ofType("ping").get(0).json().path("data").path("webhookId").asText()).isEqualTo(webhookId);

        String tagId = tag();
        Receiver.Received first = awaitOne(receiver, tagId);
        String deliveryId = asAdmin().get("/api/v1/webhooks/" + webhookId + "/deliveries").then().statusCode(200)
                .extract().path("find { it.eventId == '" + first.eventId() + "' }.id");
        asAdmin().post("/api/v1/webhooks/" + webhookId + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202)
                .body("status", equalTo("pending"));
        await().atMost(PATIENCE).until(() -> receiver.about(tagId).size() == 2);
        assertThat(receiver.about(tagId).get(1).eventId()).isEqualTo(first.eventId());
        assertThat(receiver.about(tagId).get(1).body()).isEqualTo(first.body());

        assertProblem(asAdmin().post("/api/v1/webhooks/" + webhookId + "/deliveries/" + UUID.randomUUID() + "/redeliver").then(), 404);
    }

    @Test
    void shouldStopSendingWhenPausedOrDeleted() {
        Receiver receiver = receiver();
        String webhookId = webhook(receiver, "tag.created").getString("id");
        mergePatch("/api/v1/webhooks/" + webhookId, Map.of("active", false, "description", "Paused")).then().statusCode(200)
                .body("active", equalTo(false)).body("description", equalTo("Paused"))
                .body("events", equalTo(List.of("tag.created")));
        String whilePaused = tag();
        sentinel();
        assertThat(receiver.about(whilePaused)).isEmpty();

        asAdmin().delete("/api/v1/webhooks/" + webhookId).then().statusCode(204);
        webhooks.remove(webhookId);
        assertProblem(asAdmin().get("/api/v1/webhooks/" + webhookId).then(), 404);
        assertProblem(asAdmin().get("/api/v1/webhooks/" + webhookId + "/deliveries").then(), 404);
    }

    @Test
    void shouldRefuseWhatIsNotAWebhook() {
        String url = "https://hooks.example.com/blog";
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("url", url, "events", List.of("post.exploded")),
                Map.of("url", url, "events", List.of()),
                Map.of("url", "ftp://hooks.example.com/", "events", List.of("post.published")),
                Map.of("url", "hooks.example.com", "events", List.of("post.published")),
                Map.of("events", List.of("post.published")))) {
            assertProblem(asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks").then(), 400);
        }
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of("post.published")))
                .post("/api/v1/webhooks").then(), 401);
        assertProblem(given().get("/api/v1/webhooks").then(), 401);
    }

    private Receiver receiver() {
        Receiver receiver = Receiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private JsonPath webhook(Receiver receiver, String... events) {
        JsonPath webhook = asAdmin().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", List.of(events)))
                .post("/api/v1/webhooks").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/webhooks/")).extract().jsonPath();
        webhooks.add(webhook.getString("id"));
        return webhook;
    }

    private static String tag() {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("Hooked"))).post("/api/v1/tags")
                .then().statusCode(201).extract().path("id");
    }

    /** A change that a fresh receiver hears of: once it has, the changes committed before it have been sent too. */
    private String sentinel() {
        Receiver receiver = receiver();
        webhook(receiver, "tag.created");
        String tagId = tag();
        awaitOne(receiver, tagId);
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        return tagId;
    }

    private static Receiver.Received awaitOne(Receiver receiver, String resourceId) {
        await().atMost(PATIENCE).until(() -> !receiver.about(resourceId).isEmpty());
        return receiver.about(resourceId).get(0);
    }

    private static String hmacSha256(String secret, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
