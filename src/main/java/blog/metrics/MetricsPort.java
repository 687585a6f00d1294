package blog.metrics;

import blog.config.BlogConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;

/** Serves /q/metrics on a port of its own (blog.metrics.access=port), to be kept off the public network. */
@ApplicationScoped
public class MetricsPort {

    private final PrometheusMeterRegistry registry;
    private final Vertx vertx;
    private HttpServer server;

    MetricsPort(PrometheusMeterRegistry registry, Vertx vertx) {
        this.registry = registry;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started, BlogConfig config) throws Exception {
        if (config.metrics().access() != BlogConfig.Metrics.Access.PORT) {
            return;
        }
        server = vertx.createHttpServer().requestHandler(this::serve);
        try {
            server.listen(config.metrics().port(), config.metrics().host()).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The metrics port " + config.metrics().host() + ":" + config.metrics().port()
                    + " cannot be opened (blog.metrics.port, BLOG_METRICS_PORT): " + e.getMessage(), e);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (server != null) {
            server.close();
        }
    }

    private void serve(HttpServerRequest request) {
        String path = request.path();
        if (!path.equals(MetricsAccess.PATH) && !path.equals("/metrics")) {
            request.response().setStatusCode(404).end();
            return;
        }
        String contentType = contentType(request.getHeader("Accept"));
        vertx.executeBlocking(() -> registry.scrape(contentType), false).onComplete(scraped -> {
            if (scraped.succeeded()) {
                request.response().putHeader("Content-Type", contentType).end(scraped.result());
            } else {
                request.response().setStatusCode(500).end();
            }
        });
    }

    /** As Quarkus's own endpoint: OpenMetrics, unless the client asks for Prometheus's text format (or a browser asks). */
    static String contentType(String accept) {
        return accept != null && (accept.contains("text/plain") || accept.contains("text/html"))
                ? TextFormat.CONTENT_TYPE_004 : TextFormat.CONTENT_TYPE_OPENMETRICS_100;
    }
}
