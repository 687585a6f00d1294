package blog.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body declared larger than quarkus.http.limits.max-body-size with a problem+json 413,
 * ahead of Quarkus's own check (route order -2), which would answer with an empty body.
 */
public class BodySizeLimit {

    void install(@Observes Router router, ProblemResponses problems,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long maxBytes = limit.asLongValue();
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > maxBytes) {
                byte[] body = problems.body(new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri,
                        ProblemType.PAYLOAD_TOO_LARGE.title, 413,
                        "The request body is larger than the limit of " + maxBytes + " bytes.",
                        context.request().path(), null));
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(io.vertx.core.buffer.Buffer.buffer(body));
                return;
            }
            context.next();
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
