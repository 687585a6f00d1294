package blog.http;

import blog.problem.ApiException;
import blog.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body must say what it is: a body without Content-Type is a 415, as one of the wrong
 * type is. A POST with no body at all is taken as an empty JSON one, so that an operation whose
 * body is optional (a preview link) can be called with a bare POST.
 */
public class RequiredContentType {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final String BARE_POST = "blog.http.bare-post";

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void requireContentType(ContainerRequestContext request, RoutingContext routing) {
        if (!WITH_BODY.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            return;
        }
        if (!hasBody(request)) {
            if (request.getMethod().equals("POST")) {
                // Set where the matching of @Consumes reads it: the request as Vert.x holds it.
                routing.request().headers().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
                request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
                request.setProperty(BARE_POST, true);
            }
            return;
        }
        throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body has no Content-Type; send it as application/json"
                + (request.getMethod().equals("PATCH") ? " or application/merge-patch+json." : "."));
    }

    /** A POST sent with neither a body nor a Content-Type (unlike an empty body declared as JSON, which is malformed). */
    public static boolean isBarePost(ContainerRequestContext request) {
        return request.getProperty(BARE_POST) != null;
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.strip().equals("0") || request.getHeaderString("Transfer-Encoding") != null;
    }
}
