package blog.http;

import blog.problem.ProblemResponses;
import blog.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies over blog.http.max-body-size get a problem+json 413: declared ones here, ahead
 * of any reading; chunked ones in {@link BodySizeInterceptor}. Client errors that fail a route
 * before the application answers get problem+json too.
 */
public class BodySizeLimit {

    /** Import files are streamed, not buffered, and have their own limit (blog.imports.max-file-size). */
    static final String IMPORTS = "/api/v1/imports";

    void install(@Observes Router router, ProblemResponses problems,
                 @ConfigProperty(name = "blog.http.max-body-size") MemorySize limit,
                 @ConfigProperty(name = "blog.imports.max-file-size") MemorySize importLimit) {
        router.route().order(-3).handler(context -> {
            boolean importFile = context.request().path().equals(IMPORTS);
            long maxBytes = importFile ? importLimit.asLongValue() : limit.asLongValue();
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > maxBytes) {
                send(context, problems, ProblemType.PAYLOAD_TOO_LARGE, 413, importFile
                        ? "The file is larger than the import limit of " + maxBytes + " bytes (blog.imports.max-file-size)."
                        : "The request body is larger than the limit of " + maxBytes + " bytes.");
                return;
            }
            context.next();
        });
        router.route().order(-3).failureHandler(context -> {
            int status = context.statusCode();
            if (context.response().headWritten() || status < 400 || status >= 500) {
                context.next();
                return;
            }
            send(context, problems, ProblemType.forStatus(status), status, "The request cannot be read.");
        });
    }

    private static void send(RoutingContext context, ProblemResponses problems, ProblemType type, int status, String detail) {
        Buffer body = problems.body(context, type, status, detail, context.request().path());
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
