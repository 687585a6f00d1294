package blog.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every operation answers application/json on success and application/problem+json on error, so
 * an Accept that admits only problem+json (what a generated client sends for a DELETE, whose
 * success has no body) is served as if it admitted JSON; an Accept that admits neither is a 406.
 */
public class ProblemJsonAccept {

    private static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void admitJson(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && admits(accept, PROBLEM_JSON) && !admits(accept, MediaType.APPLICATION_JSON_TYPE)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    /** Whether a media range of the header matches the type with a quality above zero. */
    public static boolean admits(String accept, MediaType type) {
        for (String range : accept.split(",")) {
            try {
                MediaType media = MediaType.valueOf(range.strip());
                if (media.isCompatible(type) && quality(media) > 0) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                // an empty list element or a range that is not a media type admits nothing by itself
            }
        }
        return false;
    }

    private static double quality(MediaType media) {
        String q = media.getParameters().get("q");
        try {
            return q == null ? 1 : Double.parseDouble(q);
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }
}
