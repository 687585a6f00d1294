package blog.cache;

import static blog.TestData.createId;
import static blog.TestData.mergePatch;
import static blog.TestData.published;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import blog.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheMetricsTest {

    private static final String HITS = "blog_cache_requests_total{result=\"hit\"}";
    private static final String MISSES = "blog_cache_requests_total{result=\"miss\"}";
    private static final String RECEIVED = "blog_cache_invalidations_received_total";
    private static final String INVALIDATED = "blog_cache_evictions_total{cause=\"invalidated\"}";

    @Test
    void shouldCountHitsMissesAndWhatTheCacheHolds() {
        String cached = createId(published(unique("Cached"), "2024-01-01T00:00:00Z"));
        String other = createId(published(unique("Other"), "2024-01-01T00:00:00Z"));
        int bodyBytes = awaitCached("/api/v1/posts/" + cached);
        Scrape before = Scrape.now();
        given().get("/api/v1/posts/" + cached).then().statusCode(200);
        given().get("/api/v1/posts/" + cached).then().statusCode(200);
        given().get("/api/v1/posts/" + other).then().statusCode(200);
        Scrape after = Scrape.now();
        assertThat(after.since(before, HITS)).isEqualTo(2);
        assertThat(after.since(before, MISSES)).isEqualTo(1);
        assertThat(after.value("blog_cache_entries")).isGreaterThanOrEqualTo(1);
        assertThat(after.value("blog_cache_size_bytes")).isGreaterThanOrEqualTo(bodyBytes);
    }

    /** Reads until the answer comes from memory (the first read after a write may not be kept); its size. */
    private static int awaitCached(String path) {
        int[] bytes = new int[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Scrape before = Scrape.now();
            bytes[0] = given().get(path).then().statusCode(200).extract().asByteArray().length;
            return Scrape.now().since(before, HITS) == 1;
        });
        return bytes[0];
    }

    @Test
    void shouldCountTheInvalidationAWriteSendsAndTheEntriesItEvicts() {
        String id = createId(published(unique("Evicted"), "2024-01-01T00:00:00Z"));
        given().get("/api/v1/posts/" + id).then().statusCode(200);
        Scrape before = Scrape.now();
        mergePatch("/api/v1/posts/" + id, Map.of("title", unique("Renamed"))).then().statusCode(200);
        Scrape[] after = new Scrape[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> (after[0] = Scrape.now()).since(before, RECEIVED) >= 1);
        assertThat(after[0].since(before, RECEIVED)).isEqualTo(1);
        assertThat(after[0].since(before, INVALIDATED)).isGreaterThanOrEqualTo(1);
        Scrape beforeRead = Scrape.now();
        given().get("/api/v1/posts/" + id).then().statusCode(200);
        assertThat(Scrape.now().since(beforeRead, MISSES)).as("the evicted post is read again").isEqualTo(1);
    }
}
