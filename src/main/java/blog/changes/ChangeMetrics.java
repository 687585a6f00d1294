package blog.changes;

import blog.metrics.DatabaseSamples;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The changes feed as metrics: the number of the last committed change (a consumer's lag is this
 * minus the seq of its cursor) and its age, and the requests waiting for the next change here.
 */
@Startup
@ApplicationScoped
public class ChangeMetrics implements DatabaseSamples.Sample {

    private static final String LAST = """
            select c.last_seq, coalesce(extract(epoch from now() - (select occurred_at from changes where seq = c.last_seq)), 0)
              from change_counter c""";

    private volatile double lastSeq = Double.NaN;
    private volatile double lastAgeSeconds = Double.NaN;

    ChangeMetrics(MeterRegistry registry, DatabaseSamples samples, ChangeFeed feed) {
        Gauge.builder("blog.changes.last.seq", this, metrics -> metrics.lastSeq)
                .description("Number (seq) of the last committed change in the changes feed").register(registry);
        Gauge.builder("blog.changes.last.age", this, metrics -> metrics.lastAgeSeconds).baseUnit("seconds")
                .description("Age of the last committed change").register(registry);
        Gauge.builder("blog.changes.waiting.requests", feed, ChangeFeed::waitingRequests)
                .description("Changes-feed requests waiting (wait=) for the next change on this server").register(registry);
        samples.add(this);
    }

    @Override
    public void read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(LAST)) {
            row.next();
            lastSeq = row.getLong(1);
            lastAgeSeconds = row.getDouble(2);
        }
    }

    @Override
    public void unknown() {
        lastSeq = Double.NaN;
        lastAgeSeconds = Double.NaN;
    }
}
