package blog.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import blog.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpMetricsTest {

    private static final String POST_BY_ID_404 = "http_server_requests_seconds_count{method=\"GET\",status=\"4xx\",uri=\"/api/v1/posts/{id}\"}";
    private static final String POST_BY_ID_404_SLOWEST = "http_server_requests_seconds_bucket{le=\"+Inf\",method=\"GET\",status=\"4xx\",uri=\"/api/v1/posts/{id}\"}";

    @Test
    void shouldCountRequestsByRouteTemplateExactly() {
        Scrape before = Scrape.now();
        for (int i = 0; i < 7; i++) {
            given().get("/api/v1/posts/" + UUID.randomUUID()).then().statusCode(404);
        }
        Scrape after = awaitMoved(before, POST_BY_ID_404, 7);
        assertThat(after.since(before, POST_BY_ID_404)).isEqualTo(7);
        assertThat(after.since(before, POST_BY_ID_404_SLOWEST)).isEqualTo(7);
        assertThat(after.series().keySet()).noneMatch(series -> series.startsWith("http_server_requests") && series.contains("/api/v1/posts/0"));
    }

    @Test
    void shouldKeepTheNumberOfSeriesBoundedWhateverClientsSend() throws Exception {
        Scrape before = Scrape.now();
        List<HttpRequest> hostile = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            hostile.add(request("/api/v1/posts/" + UUID.randomUUID(), "GET"));
            hostile.add(request("/api/v1/" + UUID.randomUUID() + "/x" + i, "GET"));
        }
        for (int i = 0; i < 500; i++) {
            hostile.add(request("/api/v1/posts?cursor=" + UUID.randomUUID(), "GET"));
            hostile.add(request("/api/v1/posts/slug/slug-" + i, i % 2 == 0 ? "GET" : "BREW" + i));
            hostile.add(request("/q/health/group/group-" + i, "GET"));
            hostile.add(request("/q/swagger-ui/file-" + i + ".js", "GET"));
        }
        sendAll(hostile);
        Scrape after = Scrape.now();
        long newRequestSeries = after.count("http_server_requests_seconds_count") - before.count("http_server_requests_seconds_count");
        assertThat(newRequestSeries).as("request series added by %s distinct requests", hostile.size()).isLessThanOrEqualTo(8);
        assertThat(after.series().size() - before.series().size()).isLessThanOrEqualTo(8 * 15);
        assertThat(after.series().keySet()).filteredOn(series -> series.startsWith("http_server_requests_seconds_count"))
                .noneMatch(series -> series.contains("BREW") || series.contains("slug-") || series.contains("cursor") || series.contains("group-")
                        || series.contains("file-"));
    }

    @Test
    void shouldShowEverySeriesAnOperatorWatches() {
        Scrape scrape = Scrape.now();
        for (String series : List.of("agroal_active_count{datasource=\"default\"}", "agroal_available_count{datasource=\"default\"}",
                "agroal_awaiting_count{datasource=\"default\"}", "agroal_blocking_time_average_milliseconds{datasource=\"default\"}",
                "agroal_blocking_time_max_milliseconds{datasource=\"default\"}", "http_server_active_requests",
                "blog_cache_requests_total{result=\"hit\"}", "blog_cache_requests_total{result=\"miss\"}",
                "blog_cache_evictions_total{cause=\"invalidated\"}", "blog_cache_size_bytes", "blog_cache_entries",
                "blog_cache_max_size_bytes", "blog_cache_invalidations_received_total", "blog_cache_listener_up",
                "blog_auth_failures_total{reason=\"invalid\"}", "blog_auth_rate_limited_total",
                "blog_webhook_deliveries_total{outcome=\"delivered\"}", "blog_webhook_deliveries_pending",
                "blog_webhook_deliveries_oldest_pending_age_seconds", "blog_webhook_fanout_lag", "blog_changes_last_seq",
                "blog_import_items_total{outcome=\"created\"}", "blog_imports_running", "blog_import_items_pending")) {
            assertThat(scrape.has(series)).as(series).isTrue();
        }
        assertThat(scrape.value("blog_cache_listener_up")).isEqualTo(1);
    }

    @Test
    void shouldAnswerWhatPrometheusAsksFor() {
        String prometheus = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
                + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
        String text = given().accept(prometheus).get("/q/metrics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.startsWith("text/plain; version=0.0.4"),
                        org.hamcrest.Matchers.startsWith("application/openmetrics-text")))
                .extract().asString();
        assertThat(Scrape.parse(text).count("http_server_requests_seconds_count")).isPositive();
    }

    /** A scrape once {@code series} has moved by {@code expected}: a request is counted just after its answer is sent. */
    static Scrape awaitMoved(Scrape before, String series, double expected) {
        Scrape[] after = new Scrape[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> (after[0] = Scrape.now()).since(before, series) >= expected);
        return after[0];
    }

    private static HttpRequest request(String path, String method) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
    }

    private static void sendAll(List<HttpRequest> requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
        for (HttpRequest request : requests) {
            inFlight.acquire();
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> inFlight.release()));
        }
        for (CompletableFuture<HttpResponse<Void>> response : sent) {
            assertThat(response.get().statusCode()).isBetween(200, 499);
        }
    }
}
