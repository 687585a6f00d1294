package blog.logging;

import blog.config.BlogConfig;
import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * One INFO line per request when blog.http.access-log is on: method, path (secrets replaced, no
 * query string), status, duration, bytes sent and request id. Never headers or bodies.
 */
public class AccessLog {

    void install(@Observes Router router, BlogConfig config) {
        if (!config.http().accessLog()) {
            return;
        }
        router.route().order(RequestIds.ORDER + 1).handler(context -> {
            long start = System.nanoTime();
            context.addEndHandler(ended -> write(context, start));
            context.next();
        });
    }

    private static void write(RoutingContext context, long start) {
        String id = RequestIds.of(context);
        // The end handler may run outside the request's context, where the MDC has no id.
        boolean putHere = id != null && MDC.get(RequestIds.KEY) == null;
        if (putHere) {
            MDC.put(RequestIds.KEY, id);
        }
        try {
            Log.infof("%s %s %d %d ms %d bytes", context.request().method().name(),
                    LoggedPaths.redact(context.normalizedPath()), context.response().getStatusCode(),
                    (System.nanoTime() - start) / 1_000_000, context.response().bytesWritten());
        } finally {
            if (putHere) {
                MDC.remove(RequestIds.KEY);
            }
        }
    }
}
