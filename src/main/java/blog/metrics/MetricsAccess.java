package blog.metrics;

import blog.config.BlogConfig;
import blog.http.RoutePaths;
import blog.problem.ProblemResponses;
import blog.problem.ProblemType;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Decides who reads /q/metrics on the public port: anyone ({@code public}), callers with the
 * metrics token ({@code token}), or nobody ({@code port}: it is served on its own port; {@code off}).
 */
public class MetricsAccess {

    static final String PATH = "/q/metrics";
    private static final String SCHEME = "Bearer ";

    void check(@Observes StartupEvent started, BlogConfig config) {
        if (config.metrics().access() == BlogConfig.Metrics.Access.TOKEN
                && config.metrics().token().filter(token -> token.length() >= 16).isEmpty()) {
            throw new IllegalStateException("blog.metrics.access=token needs BLOG_METRICS_TOKEN (blog.metrics.token), 16 characters or more");
        }
    }

    void install(@Observes Router router, BlogConfig config, ProblemResponses problems) {
        BlogConfig.Metrics.Access access = config.metrics().access();
        if (access == BlogConfig.Metrics.Access.PUBLIC) {
            return;
        }
        byte[] expected = config.metrics().token().map(token -> (SCHEME + token).getBytes(StandardCharsets.UTF_8)).orElse(null);
        router.route().order(-9).handler(context -> {
            if (!isMetrics(context)) {
                context.next();
            } else if (access != BlogConfig.Metrics.Access.TOKEN) {
                refuse(context, problems, ProblemType.NOT_FOUND, "No resource at this path.");
            } else if (!presents(context, expected)) {
                refuse(context, problems, ProblemType.UNAUTHORIZED, "Metrics need 'Authorization: Bearer <metrics token>'.");
            } else {
                context.next();
            }
        });
    }

    private static boolean isMetrics(RoutingContext context) {
        String path = RoutePaths.collapsed(context.normalizedPath());
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    private static boolean presents(RoutingContext context, byte[] expected) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return expected != null && authorization != null
                && MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(RoutingContext context, ProblemResponses problems, ProblemType type, String detail) {
        Buffer body = problems.body(context, type, type.status, detail, PATH);
        var response = context.response().setStatusCode(type.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (type.status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
        }
        response.end(body);
    }
}
