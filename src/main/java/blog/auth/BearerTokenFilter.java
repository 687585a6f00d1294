package blog.auth;

import blog.common.ProblemResponses;
import blog.common.ProblemType;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Authenticates "Authorization: Bearer" callers; every write needs a valid token. */
public class BearerTokenFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SCHEME = "bearer ";

    private final TokenVerifier verifier;
    private final Caller caller;
    private final ProblemResponses problems;

    BearerTokenFilter(TokenVerifier verifier, Caller caller, ProblemResponses problems) {
        this.verifier = verifier;
        this.caller = caller;
        this.problems = problems;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public RestResponse<byte[]> authenticate(ContainerRequestContext request, UriInfo uri) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return SAFE_METHODS.contains(request.getMethod()) ? null
                    : problems.of(ProblemType.UNAUTHORIZED, "This request needs an 'Authorization: Bearer <token>' header.", uri, null);
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !verifier.isValid(authorization.substring(SCHEME.length()).strip())) {
            return problems.of(ProblemType.UNAUTHORIZED, "The bearer token is not valid.", uri, null);
        }
        caller.authenticate();
        return null;
    }
}
