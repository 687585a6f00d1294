package blog.imports;

import blog.metrics.DatabaseSamples;
import blog.metrics.DatabaseSamples.Figure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Import progress as metrics: items this server recorded, by outcome (counters), and what is left to do (gauges, sampled). */
@Startup
@ApplicationScoped
public class ImportMetrics {

    private static final String LEFT = """
            select (select count(*) from imports where finished_at is null),
                   (select count(*) from import_items where outcome is null)""";
    private static final List<String> OUTCOMES = List.of("created", "existing", "skipped", "failed");

    private final Map<String, Counter> applied;

    ImportMetrics(MeterRegistry registry, DatabaseSamples samples) {
        applied = OUTCOMES.stream().collect(Collectors.toMap(outcome -> outcome,
                outcome -> Counter.builder("blog.import.items").tag("outcome", outcome)
                        .description("Import items this server recorded, by outcome: created, existing, failed (applied by a worker) or skipped (as the file was read)")
                        .register(registry)));
        samples.add(LEFT, new Figure("blog.imports.running", null, "Imports not finished yet (all servers)"),
                new Figure("blog.import.items.pending", null, "Import items waiting to be applied (all servers)"));
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
}
