package blog.logging;

import blog.config.BlogConfig;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id: a trusted proxy's X-Request-Id, else 128 random bits in hex. The id
 * is answered in X-Request-Id and kept in the request's Vert.x context, which Quarkus carries onto
 * worker threads; {@link RequestIdLogFilter} puts it in every log line of the request. (A context
 * local, not the MDC: Quarkus's MDC made a map per request, 4% of a cached read's cost.)
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key, and the routing context key. */
    public static final String KEY = "requestId";
    /** Ahead of every other route handler (ShutdownDrain -5, BodySizeLimit -3). */
    static final int ORDER = -10;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router, BlogConfig config) {
        TrustedProxies proxies = TrustedProxies.parse(config.http().trustedProxies().orElse(List.of()));
        router.route().order(ORDER).handler(context -> {
            String id = choose(context.request(), proxies);
            context.put(KEY, id);
            context.response().putHeader(HEADER, id);
            ((HttpServerRequestInternal) context.request()).context().putLocal(KEY, id);
            context.next();
        });
    }

    /** The id of the request being served on this Vert.x context (or a worker running for it), or null outside of one. */
    public static String current() {
        Context vertxContext = Vertx.currentContext();
        // A root context (work of no request) has no locals, and Quarkus forbids asking it.
        Object id = vertxContext == null || !VertxContext.isDuplicatedContext(vertxContext) ? null : vertxContext.getLocal(KEY);
        return id == null ? null : id.toString();
    }

    /** The id of a request, for code that holds its routing context. */
    public static String of(RoutingContext context) {
        return context.get(KEY);
    }

    private static String choose(HttpServerRequest request, TrustedProxies proxies) {
        String sent = request.getHeader(HEADER);
        if (sent != null && SANE.matcher(sent).matches() && request.remoteAddress() != null
                && proxies.trusts(request.remoteAddress().host())) {
            return sent;
        }
        return generate();
    }

    /** An id need not be secret, only unique: 128 bits from the thread's own generator, without SecureRandom's lock. */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
    }
}
