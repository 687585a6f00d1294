package blog.webhook;

import static blog.TestData.asAdmin;
import static blog.TestData.assertProblem;
import static blog.TestData.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** As deployed (private targets refused): no webhook may call this machine or a private network, at creation or at delivery. */
@QuarkusTest
@TestProfile(PrivateTargetTest.Deployed.class)
class PrivateTargetTest {

    public static class Deployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.webhooks.allow-private-targets", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRefuseTargetsOnThisMachineOrAPrivateNetwork() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://169.254.169.254/latest/meta-data",
                "http://10.1.2.3/hook", "http://192.168.0.1/hook", "http://[::1]/hook", "http://0.0.0.0/hook")) {
            assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of("post.published")))
                    .post("/api/v1/webhooks").then(), 400)
                    .body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void shouldCheckTheTargetAgainWhenDelivering() throws Exception {
        Receiver receiver = Receiver.start();
        try {
            UUID id = UUID.randomUUID();
            try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                    insert into webhooks (id, url, events, active, secret, fanned_out_seq, created_at, updated_at)
                    values (?, ?, '{tag.created}', true, 'whsec_test', (select last_seq from change_counter), now(), now())""")) {
                insert.setObject(1, id);
                insert.setString(2, receiver.url());
                insert.executeUpdate();
            }
            asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("Refused"))).post("/api/v1/tags").then().statusCode(201);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asAdmin().get("/api/v1/webhooks/" + id).then()
                    .body("active", equalTo(false)).body("disabledReason", containsString("127.0.0.1")));
            Assertions.assertThat(receiver.all()).isEmpty();
        } finally {
            receiver.close();
        }
    }
}
