package blog.metrics;

import blog.config.BlogConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads the figures that live in the database (deliveries pending, imports under way, …) every
 * blog.metrics.sample-interval on a thread of its own, so that a scrape never waits for the
 * database. Each server reports the same database-wide figures.
 */
@ApplicationScoped
public class DatabaseSamples {

    /** A gauge that one column of a sample's row feeds (baseUnit: seconds, bytes, or null). */
    public record Figure(String name, String baseUnit, String description) {
    }

    /** One query and the figures its single row holds, column by column; NaN until read and while unreadable. */
    private static final class Sample {
        private final String sql;
        private volatile double[] values;

        Sample(String sql, int columns) {
            this.sql = sql;
            this.values = unknown(columns);
        }

        double value(int column) {
            return values[column];
        }

        void read(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                row.next();
                double[] read = new double[values.length];
                for (int column = 0; column < read.length; column++) {
                    read[column] = row.getDouble(column + 1);
                }
                values = read;
            }
        }

        void unknown() {
            values = unknown(values.length);
        }

        private static double[] unknown(int columns) {
            double[] values = new double[columns];
            java.util.Arrays.fill(values, Double.NaN);
            return values;
        }
    }

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private final long intervalMillis;
    private volatile ScheduledExecutorService timer;

    DatabaseSamples(AgroalDataSource dataSource, MeterRegistry registry, BlogConfig config) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.intervalMillis = config.metrics().sampleInterval().toMillis();
    }

    /**
     * Registers a gauge per figure, fed by the columns of the one row {@code sql} returns. A sample
     * added after the first reads (a bean made later in the start) is read at once, not an interval later.
     */
    public void add(String sql, Figure... figures) {
        Sample sample = new Sample(sql, figures.length);
        for (int column = 0; column < figures.length; column++) {
            int fed = column;
            Gauge.builder(figures[column].name(), sample, read -> read.value(fed))
                    .description(figures[column].description()).baseUnit(figures[column].baseUnit()).register(registry);
        }
        samples.add(sample);
        ScheduledExecutorService started = timer;
        if (started != null) {
            started.execute(this::readAll);
        }
    }

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "metrics-database-samples");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::readAll, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void readAll() {
        try (Connection connection = dataSource.getConnection()) {
            for (Sample sample : samples) {
                read(sample, connection);
            }
        } catch (SQLException | RuntimeException e) {
            Log.debugf("Metrics sampled from the database are unknown until it answers again: %s", e.getMessage());
            samples.forEach(Sample::unknown);
        }
    }

    private static void read(Sample sample, Connection connection) {
        try {
            sample.read(connection);
        } catch (SQLException | RuntimeException e) {
            Log.debugf("A metrics sample failed: %s", e.getMessage());
            sample.unknown();
        }
    }
}
