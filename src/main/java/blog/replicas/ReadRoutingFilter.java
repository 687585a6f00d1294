package blog.replicas;

import blog.problem.Problem;
import blog.problem.ProblemResponses;
import blog.problem.ProblemType;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Lets an anonymous read go to a replica, at the Consistency-Token position it presents. */
public class ReadRoutingFilter {

    private final ReadRouting routing;
    private final ReadReplicas replicas;
    private final ProblemResponses problems;

    ReadRoutingFilter(ReadRouting routing, ReadReplicas replicas, ProblemResponses problems) {
        this.routing = routing;
        this.replicas = replicas;
        this.problems = problems;
    }

    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION - 600)
    public RestResponse<byte[]> route(ContainerRequestContext request) {
        String token = request.getHeaderString(ReadRouting.HEADER);
        long minimum = WalPosition.ANY;
        if (token != null && !token.isBlank()) {
            try {
                minimum = WalPosition.parse(token.strip());
            } catch (IllegalArgumentException malformed) {
                return problems.of(ProblemType.VALIDATION, "The Consistency-Token header must be a token a write's answer carried, such as 0/1A2B3C8.",
                        request.getUriInfo(), List.of(new Problem.FieldError(ReadRouting.HEADER, "must be a WAL position such as 0/1A2B3C8")));
            }
        }
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (read && replicas.configured() && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            routing.allowReplica(minimum);
        }
        return null;
    }
}
