package blog.http;

import blog.problem.ApiException;
import blog.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A request body must say what it is: a body without Content-Type is a 415, as one of the wrong type is. */
public class RequiredContentType {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void requireContentType(ContainerRequestContext request) {
        if (WITH_BODY.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && hasBody(request)) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body has no Content-Type; send it as application/json"
                    + (request.getMethod().equals("PATCH") ? " or application/merge-patch+json." : "."));
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.strip().equals("0") || request.getHeaderString("Transfer-Encoding") != null;
    }
}
