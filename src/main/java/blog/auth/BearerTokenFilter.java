package blog.auth;

import blog.problem.ProblemResponses;
import blog.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates "Authorization: Bearer" callers; every write needs a valid token. A client that
 * keeps failing is refused with 429 until its window passes.
 */
public class BearerTokenFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SCHEME = "bearer ";

    private final TokenAuthenticator authenticator;
    private final AuthFailures failures;
    private final Caller caller;
    private final ProblemResponses problems;
    private final AuthenticationMetrics metrics;

    BearerTokenFilter(TokenAuthenticator authenticator, AuthFailures failures, Caller caller, ProblemResponses problems,
                      AuthenticationMetrics metrics) {
        this.metrics = metrics;
        this.authenticator = authenticator;
        this.failures = failures;
        this.caller = caller;
        this.problems = problems;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public RestResponse<byte[]> authenticate(ContainerRequestContext request, UriInfo uri, HttpServerRequest connection) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            if (SAFE_METHODS.contains(request.getMethod())) {
                return null;
            }
            metrics.missing();
            return problems.of(ProblemType.UNAUTHORIZED, "This request needs an 'Authorization: Bearer <token>' header.", uri, null);
        }
        String client = connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress();
        if (failures.isBlocked(client)) {
            metrics.rateLimited();
            return problems.tooManyRequests(uri, failures.retryAfterSeconds());
        }
        Optional<Caller.Principal> principal = authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? authenticator.authenticate(authorization.substring(SCHEME.length()).strip())
                : Optional.empty();
        if (principal.isEmpty()) {
            failures.record(client);
            metrics.invalid();
            return problems.of(ProblemType.UNAUTHORIZED, "The bearer token is not valid, expired or revoked.", uri, null);
        }
        caller.authenticate(principal.get());
        return null;
    }
}
