package blog.idempotency;

import static blog.TestData.asAdmin;
import static blog.TestData.post;
import static blog.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    private static Response createWithKey(String key, Map<String, Object> body) {
        return asAdmin().header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/posts");
    }

    private static int countWithTag(String tag) {
        return asAdmin().queryParam("tag", tag)
                .queryParam("status", "draft,scheduled,published").when().get("/api/v1/posts")
                .then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void shouldReplayRetryWithSameKeyAndCreateNothingNew() {
        String tag = unique("idem");
        String key = unique("key");
        Map<String, Object> body = post(unique("Once only"), "tags", List.of(tag));
        Response first = createWithKey(key, body);
        first.then().statusCode(201);
        Response retry = createWithKey(key, body);
        retry.then().statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(countWithTag(tag)).isEqualTo(1);
    }

    @Test
    void shouldRejectSameKeyWithDifferentBodyWith422() {
        String key = unique("key");
        createWithKey(key, post(unique("First"))).then().statusCode(201);
        createWithKey(key, post(unique("Second"))).then().statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422));
    }

    @Test
    void shouldCreateOnceForConcurrentRetries() throws Exception {
        String tag = unique("idemrace");
        String key = unique("key");
        Map<String, Object> body = post(unique("Concurrent"), "tags", List.of(tag));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = java.util.Collections.nCopies(8, () -> createWithKey(key, body));
            List<String> ids = new java.util.ArrayList<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                Response response = future.get();
                assertThat(response.statusCode()).isEqualTo(201);
                ids.add(response.path("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(countWithTag(tag)).isEqualTo(1);
    }

    @Test
    void shouldRejectMalformedKey() {
        createWithKey("x".repeat(256), post(unique("Bad key"))).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
