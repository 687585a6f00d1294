package blog.webhook;

import blog.metrics.DatabaseSamples;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Webhook deliveries as metrics: outcomes this server recorded (counters), and the deliveries
 * pending in the database with the age of the oldest (gauges, sampled).
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics implements DatabaseSamples.Sample {

    private static final String PENDING = """
            select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
              from webhook_deliveries where status = 'pending'""";
    /** Changes not yet turned into deliveries by the fan-out, and how long the oldest of them has waited. */
    private static final String FAN_OUT_LAG = """
            with behind as (select min(fanned_out_seq) as seq from webhooks)
            select coalesce((select last_seq from change_counter) - (select seq from behind), 0),
                   coalesce(extract(epoch from now() - (select min(occurred_at) from changes where seq > (select seq from behind))), 0)""";

    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;
    private volatile double pending = Double.NaN;
    private volatile double oldestPendingSeconds = Double.NaN;
    private volatile double fanOutLag = Double.NaN;
    private volatile double fanOutLagSeconds = Double.NaN;

    DeliveryMetrics(MeterRegistry registry, DatabaseSamples samples) {
        delivered = outcome(registry, "delivered");
        retried = outcome(registry, "retried");
        failed = outcome(registry, "failed");
        Gauge.builder("blog.webhook.deliveries.pending", this, metrics -> metrics.pending)
                .description("Webhook deliveries waiting to be sent or retried (all servers)").register(registry);
        Gauge.builder("blog.webhook.deliveries.oldest.pending.age", this, metrics -> metrics.oldestPendingSeconds)
                .description("Age of the oldest pending webhook delivery (0 when none)").baseUnit("seconds").register(registry);
        Gauge.builder("blog.webhook.fanout.lag", this, metrics -> metrics.fanOutLag)
                .description("Changes (in the changes feed) not yet turned into webhook deliveries").register(registry);
        Gauge.builder("blog.webhook.fanout.lag.age", this, metrics -> metrics.fanOutLagSeconds).baseUnit("seconds")
                .description("How long the oldest change not yet turned into webhook deliveries has waited (0 when none)").register(registry);
        samples.add(this);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("blog.webhook.deliveries").tag("outcome", outcome)
                .description("Webhook delivery attempts this server recorded: delivered (2xx), retried (failed, tried again"
                        + " later) or failed (given up: retried too long, refused target, 410 Gone, webhook disabled)")
                .register(registry);
    }

    void delivered() {
        delivered.increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }

    @Override
    public void read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(PENDING)) {
            row.next();
            pending = row.getLong(1);
            oldestPendingSeconds = row.getDouble(2);
        }
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(FAN_OUT_LAG)) {
            row.next();
            fanOutLag = row.getLong(1);
            fanOutLagSeconds = row.getDouble(2);
        }
    }

    @Override
    public void unknown() {
        pending = Double.NaN;
        oldestPendingSeconds = Double.NaN;
        fanOutLag = Double.NaN;
        fanOutLagSeconds = Double.NaN;
    }
}
