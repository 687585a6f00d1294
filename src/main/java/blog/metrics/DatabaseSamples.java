package blog.metrics;

import blog.config.BlogConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
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

    /** Reads its figures on the connection given; {@link #unknown()} when they could not be read. */
    public interface Sample {
        void read(Connection connection) throws SQLException;

        void unknown();
    }

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final AgroalDataSource dataSource;
    private final long intervalMillis;
    private volatile ScheduledExecutorService timer;

    DatabaseSamples(AgroalDataSource dataSource, BlogConfig config) {
        this.dataSource = dataSource;
        this.intervalMillis = config.metrics().sampleInterval().toMillis();
    }

    /** A sample added after the first reads (a bean made later in the start) is read at once, not an interval later. */
    public void add(Sample sample) {
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
