package blog.replicas;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read replicas as readiness shows them: each one's state, lag and reads served, and the
 * anonymous reads the primary served when no replica could. Always UP: reads fall back to the
 * primary, whose own check decides readiness.
 */
@Readiness
@ApplicationScoped
public class ReplicaHealth implements HealthCheck {

    private final ReadReplicas replicas;

    ReplicaHealth(ReadReplicas replicas) {
        this.replicas = replicas;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("read replicas").up()
                .withData("replicas", replicas.all().size());
        if (replicas.configured()) {
            response.withData("primary reads", replicas.primaryReads());
        }
        for (Replica replica : replicas.all()) {
            response.withData(replica.name(), replica.state().name())
                    .withData(replica.name() + " lag ms", replica.lag().toMillis())
                    .withData(replica.name() + " reads", replica.reads());
        }
        return response.build();
    }
}
