package blog.problem;

import blog.logging.RequestIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import blog.logging.RequestIds;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds application/problem+json responses. */
@ApplicationScoped
public class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String RETRY_AFTER_SECONDS = "2";

    private final ObjectMapper objectMapper;

    ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public RestResponse<byte[]> of(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return of(type, type.status, detail, uri, errors);
    }

    public RestResponse<byte[]> of(ProblemType type, int status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        String path = instance(uri);
        RestResponse.ResponseBuilder<byte[]> response = RestResponse.ResponseBuilder
                .<byte[]>create(status)
                .entity(body(new Problem(type.uri, type.title, status, detail, path, RequestIds.current(), errors)))
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store");
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"blog\"");
        }
        if (status == 503 || status == 429) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** The request's path; none when the request has no URL to speak of, which must not turn an error into another. */
    private static String instance(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException noUrl) {
            return null;
        }
    }

    public RestResponse<byte[]> tooManyRequests(UriInfo uri, long retryAfterSeconds) {
        RestResponse<byte[]> response = of(ProblemType.TOO_MANY_REQUESTS,
                "Too many failed authentications from this client; retry after " + retryAfterSeconds + " seconds.", uri, null);
        response.getHeaders().putSingle("Retry-After", String.valueOf(retryAfterSeconds));
        return response;
    }

    public RestResponse<byte[]> unavailable(UriInfo uri) {
        return of(ProblemType.SERVICE_UNAVAILABLE, "The database is unavailable; try again shortly.", uri, null);
    }

    /** The body of a problem a Vert.x route handler answers (ahead of Quarkus REST), with the request's id. */
    public Buffer body(RoutingContext context, ProblemType type, int status, String detail, String instance) {
        return Buffer.buffer(body(new Problem(type.uri, type.title, status, detail, instance, RequestIds.of(context), null)));
    }

    public byte[] body(Problem problem) {
        try {
            return objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail could not be serialised", e);
        }
    }
}
