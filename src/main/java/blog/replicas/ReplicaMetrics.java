package blog.replicas;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;

/** The read replicas as metrics, one series per configured replica: state, lag, reads served; and the anonymous reads the primary served. */
public class ReplicaMetrics {

    void register(@Observes StartupEvent started, ReadReplicas replicas, MeterRegistry registry) {
        if (!replicas.configured()) {
            return;
        }
        FunctionCounter.builder("blog.db.primary.reads", replicas, ReadReplicas::primaryReads)
                .description("Anonymous reads the primary served because no replica could").register(registry);
        for (Replica replica : replicas.all()) {
            Gauge.builder("blog.db.replica.up", replica, each -> each.state() == Replica.State.up ? 1 : 0).tag("replica", replica.name())
                    .description("1 while the replica serves reads; 0 while it is lagging or down").register(registry);
            Gauge.builder("blog.db.replica.lag", replica, each -> each.state() == Replica.State.down ? Double.NaN : each.lag().toNanos() / 1e9).tag("replica", replica.name())
                    .baseUnit("seconds").description("How far the replica's replay is behind the primary (NaN while it is down)").register(registry);
            FunctionCounter.builder("blog.db.replica.reads", replica, Replica::reads).tag("replica", replica.name())
                    .description("Reads the replica served").register(registry);
        }
    }
}
