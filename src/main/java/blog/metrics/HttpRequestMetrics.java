package blog.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times every HTTP request as {@code http_server_requests_seconds} by route template, method and
 * status class. Each tag is taken from a bounded set before it reaches the registry: an unknown
 * method is OTHER, a path no route matched is NOT_FOUND or UNMATCHED, so no client can add series.
 */
public class HttpRequestMetrics {

    /** Where Quarkus REST leaves the matched resource method's path template (io.quarkus.resteasy.reactive...ObservabilityUtil). */
    private static final String TEMPLATE = "UrlPathTemplate";
    private static final String NON_APPLICATION_ROOT = "/q/";
    /** Quarkus's own endpoints, by name; any other /q/ path (health groups, Swagger UI files) is one series. */
    private static final Set<String> NON_APPLICATION_PATHS = Set.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics", "/q/openapi", "/q/swagger-ui", "/q/swagger-ui/");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private record Series(String uri, String method, String status) {
    }

    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private MeterRegistry registry;

    void install(@Observes Router router, MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("http.server.active.requests", active, AtomicInteger::get)
                .description("HTTP requests being served now").register(registry);
        router.route().order(-20).handler(context -> {
            long start = System.nanoTime();
            active.incrementAndGet();
            context.addEndHandler(ended -> {
                active.decrementAndGet();
                timer(context).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            });
            context.next();
        });
    }

    private Timer timer(RoutingContext context) {
        int status = context.response().getStatusCode();
        String method = context.request().method().name();
        Series series = new Series(uri(context, status), METHODS.contains(method) ? method : "OTHER", status / 100 + "xx");
        return timers.computeIfAbsent(series, key -> Timer.builder("http.server.requests")
                .description("HTTP requests by route template, method and status class")
                .tags("uri", key.uri(), "method", key.method(), "status", key.status())
                .serviceLevelObjectives(BUCKETS)
                .register(registry));
    }

    /**
     * The route template; Quarkus's own endpoints (/q/health/ready, /q/openapi, …) by their path
     * when they answered; for anything else no resource method answered, a name from a fixed set.
     */
    static String uri(RoutingContext context, int status) {
        String template = ((HttpServerRequestInternal) context.request()).context().getLocal(TEMPLATE);
        if (template != null && !template.isEmpty() && !template.equals(NON_APPLICATION_ROOT)) {
            return template;
        }
        String path = context.normalizedPath();
        if (path.startsWith(NON_APPLICATION_ROOT) && status < 400) {
            return NON_APPLICATION_PATHS.contains(path) ? path : "/q/{other}";
        }
        return status == 404 ? "NOT_FOUND" : "UNMATCHED";
    }
}
