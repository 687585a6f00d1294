package blog.changes;

import blog.metrics.DatabaseSamples;
import blog.metrics.DatabaseSamples.Figure;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The changes feed as metrics: the number of the last committed change (a consumer's lag is this
 * minus the seq of its cursor) and its age, and the requests waiting for the next change here.
 */
@Startup
@ApplicationScoped
public class ChangeMetrics {

    private static final String LAST = """
            select c.last_seq, coalesce(extract(epoch from now() - (select occurred_at from changes where seq = c.last_seq)), 0)
              from change_counter c""";

    ChangeMetrics(MeterRegistry registry, DatabaseSamples samples, ChangeFeed feed) {
        samples.add(LAST, new Figure("blog.changes.last.seq", null, "Number (seq) of the last committed change in the changes feed"),
                new Figure("blog.changes.last.age", "seconds", "Age of the last committed change"));
        Gauge.builder("blog.changes.waiting.requests", feed, ChangeFeed::waitingRequests)
                .description("Changes-feed requests waiting (wait=) for the next change on this server").register(registry);
    }
}
