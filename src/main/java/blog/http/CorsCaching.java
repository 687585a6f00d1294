package blog.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes CORS answers safe to cache (Fetch standard, "CORS protocol and HTTP caches"): when any
 * origin may read, the answer says "*" and is the same for everyone; when only some may, Quarkus
 * echoes the caller's origin, so every answer carries Vary: Origin, also one given without an
 * Origin header, lest a cache replay it to a browser on another origin.
 */
public class CorsCaching {

    /** Above Quarkus's CORS filter (300), so that preflights it ends get the header too. */
    private static final int PRIORITY = 400;

    private final boolean anyOrigin;

    CorsCaching(@ConfigProperty(name = "quarkus.http.cors.origins") List<String> origins) {
        this.anyOrigin = origins.contains("*");
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> adjust(response));
            context.next();
        }, PRIORITY);
    }

    private void adjust(HttpServerResponse response) {
        if (!anyOrigin) {
            response.headers().add(HttpHeaders.VARY, "Origin");
        } else if (response.headers().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            response.headers().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        }
    }
}
