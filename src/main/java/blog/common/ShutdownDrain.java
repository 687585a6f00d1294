package blog.common;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * On SIGTERM the server first stops taking new work: for the shutdown delay every new request gets
 * a quick 503 with Retry-After and Connection: close, so that requests already running finish
 * (quarkus.shutdown.timeout) and nothing accepted is cut when the listener closes.
 */
@ApplicationScoped
public class ShutdownDrain {

    private volatile boolean draining;

    void onShutdownRequested(@Observes ShutdownDelayInitiatedEvent event) {
        draining = true;
    }

    void install(@Observes Router router, ProblemResponses problems) {
        router.route().order(-5).handler(context -> {
            if (!draining) {
                context.next();
                return;
            }
            byte[] body = problems.body(new Problem(ProblemType.SERVICE_UNAVAILABLE.uri,
                    ProblemType.SERVICE_UNAVAILABLE.title, 503, "The server is shutting down; retry shortly.",
                    context.request().path(), null));
            context.response().setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .putHeader("Retry-After", "1")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(body));
        });
    }
}
