package blog.replicas;

import blog.problem.ProblemResponses;
import io.quarkus.logging.Log;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.sql.SQLException;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives a successful write's answer its Consistency-Token (see {@link ReplicatedWrites}). If the
 * primary cannot be asked any more, the write may not survive a failover: the client gets a 503
 * and retries, as it would had the commit itself failed.
 */
public class ConsistencyTokenFilter {

    /** Response filters run in descending priority: this one before every other, which then sees the 503 if there is one. */
    static final int PRIORITY = 6000;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ReplicatedWrites writes;
    private final ProblemResponses problems;

    ConsistencyTokenFilter(ReplicatedWrites writes, ProblemResponses problems) {
        this.writes = writes;
        this.problems = problems;
    }

    @ServerResponseFilter(priority = PRIORITY)
    public void addToken(ContainerRequestContext request, ContainerResponseContext response) {
        if (!WRITES.contains(request.getMethod()) || response.getStatus() / 100 != 2
                || !request.getUriInfo().getRequestUri().getRawPath().startsWith("/api/")) {
            return;
        }
        try {
            response.getHeaders().putSingle(ReadRouting.HEADER, WalPosition.format(writes.committedPosition()));
        } catch (SQLException | IllegalArgumentException e) {
            Log.warnf("A write committed but its position could not be read (%s): answered 503", e.getMessage());
            RestResponse<byte[]> unavailable = problems.unavailable(request.getUriInfo());
            response.getHeaders().clear();
            unavailable.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
            response.setStatus(unavailable.getStatus());
            response.setEntity(unavailable.getEntity(), null, unavailable.getMediaType());
        }
    }
}
