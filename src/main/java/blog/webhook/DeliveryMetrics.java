package blog.webhook;

import blog.metrics.DatabaseSamples;
import blog.metrics.DatabaseSamples.Figure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Webhook deliveries as metrics: outcomes this server recorded (counters), and the deliveries
 * pending in the database with the age of the oldest, and the changes not yet fanned out (gauges, sampled).
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics {

    private static final String BACKLOG = """
            with pending as (select count(*) as deliveries, min(created_at) as oldest from webhook_deliveries where status = 'pending'),
                 behind as (select min(fanned_out_seq) as seq from webhooks)
            select (select deliveries from pending),
                   coalesce(extract(epoch from now() - (select oldest from pending)), 0),
                   coalesce((select last_seq from change_counter) - (select seq from behind), 0),
                   coalesce(extract(epoch from now() - (select min(occurred_at) from changes where seq > (select seq from behind))), 0)""";

    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;

    DeliveryMetrics(MeterRegistry registry, DatabaseSamples samples) {
        delivered = outcome(registry, "delivered");
        retried = outcome(registry, "retried");
        failed = outcome(registry, "failed");
        samples.add(BACKLOG,
                new Figure("blog.webhook.deliveries.pending", null, "Webhook deliveries waiting to be sent or retried (all servers)"),
                new Figure("blog.webhook.deliveries.oldest.pending.age", "seconds", "Age of the oldest pending webhook delivery (0 when none)"),
                new Figure("blog.webhook.fanout.lag", null, "Changes (in the changes feed) not yet turned into webhook deliveries"),
                new Figure("blog.webhook.fanout.lag.age", "seconds",
                        "How long the oldest change not yet turned into webhook deliveries has waited (0 when none)"));
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
}
