package blog.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes CORS answers safe for HTTP caches, as the Fetch standard's "CORS protocol and HTTP caches" asks. */
public class CorsCaching {

    /** Above Quarkus's CORS filter (300), so that preflights it ends get the headers too. */
    private static final int PRIORITY = 400;

    private final boolean anyOrigin;
    private final String exposedHeaders;

    CorsCaching(@ConfigProperty(name = "quarkus.http.cors.origins") List<String> origins,
            @ConfigProperty(name = "quarkus.http.cors.exposed-headers") List<String> exposedHeaders) {
        this.anyOrigin = origins.contains("*");
        this.exposedHeaders = String.join(",", exposedHeaders);
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> adjust(response));
            context.next();
        }, PRIORITY);
    }

    /**
     * Any origin may read: every answer, also one to a request without Origin that a CDN may
     * store, says "*" and is the same for all. Only some may: Quarkus echoes the caller's
     * origin, so every answer says that it varies by Origin.
     */
    private void adjust(HttpServerResponse response) {
        if (!anyOrigin) {
            response.headers().add(HttpHeaders.VARY, "Origin");
            return;
        }
        response.headers().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if (!response.headers().contains(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)) {
            response.headers().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposedHeaders);
        }
    }
}
