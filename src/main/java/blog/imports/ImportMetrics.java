package blog.imports;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Import progress as metrics: items this server recorded, by outcome (counters), and what is left to do (gauges, sampled). */
@Startup
@ApplicationScoped
public class ImportMetrics implements DatabaseSamples.Sample {

    private static final String LEFT = """
            select (select count(*) from imports where finished_at is null),
                   (select count(*) from import_items where outcome is null)""";
    private static final List<String> OUTCOMES = List.of("created", "existing", "skipped", "failed");

    private final Map<String, Counter> applied;
    private volatile double running = Double.NaN;
    private volatile double pendingItems = Double.NaN;

    ImportMetrics(MeterRegistry registry, DatabaseSamples samples) {
        applied = OUTCOMES.stream().collect(Collectors.toMap(outcome -> outcome,
                outcome -> Counter.builder("blog.import.items").tag("outcome", outcome)
                        .description("Import items this server recorded, by outcome: created, existing, failed (applied by a worker) or skipped (as the file was read)")
                        .register(registry)));
        Gauge.builder("blog.imports.running", this, metrics -> metrics.running)
                .description("Imports not finished yet (all servers)").register(registry);
        Gauge.builder("blog.import.items.pending", this, metrics -> metrics.pendingItems)
                .description("Import items waiting to be applied (all servers)").register(registry);
        samples.add(this);
    }

    void skipped(int items) {
        applied.get("skipped").increment(items);
    }

    void recorded(List<ImportQueue.Outcome> outcomes) {
        for (ImportQueue.Outcome outcome : outcomes) {
            if (outcome != null && applied.containsKey(outcome.outcome())) {
                applied.get(outcome.outcome()).increment();
            }
        }
    }

    @Override
    public void read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(LEFT)) {
            row.next();
            running = row.getLong(1);
            pendingItems = row.getLong(2);
        }
    }

    @Override
    public void unknown() {
        running = Double.NaN;
        pendingItems = Double.NaN;
    }
}
