package blog.cache;

import blog.replicas.ReadReplicas;
import blog.replicas.WalPosition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs for other servers' writes on a connection of its own. While it is not listening the
 * cache is off, since writes elsewhere would go unseen; after a reconnect everything is evicted.
 */
@ApplicationScoped
public class CacheNotificationListener {

    private static final int POLL_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1000;

    private final ResponseCache cache;
    private final ReadReplicas replicas;
    private final String url;
    private final Properties credentials = new Properties();
    private final Counter received;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    CacheNotificationListener(ResponseCache cache, ReadReplicas replicas, MeterRegistry registry,
                              @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                              @ConfigProperty(name = "quarkus.datasource.username") String user,
                              @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.replicas = replicas;
        this.received = Counter.builder("blog.cache.invalidations.received")
                .description("Cache invalidations heard from writes on any server (LISTEN/NOTIFY)").register(registry);
        if (cache.enabled()) {
            Gauge.builder("blog.cache.listener.up", this, listener -> listener.listening ? 1 : 0)
                    .description("1 while the cache hears other servers' writes; 0 while it does not (the cache is then off)")
                    .register(registry);
        }
        this.url = url;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password.orElse(""));
        credentials.setProperty("connectTimeout", "2");
        credentials.setProperty("ApplicationName", "blog-content-api cache listener");
        credentials.setProperty("hostRecheckSeconds", "1");
    }

    void start(@Observes StartupEvent event) {
        if (!cache.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "cache-notification-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials);
                 Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CacheInvalidation.CHANNEL);
                cache.listening(true);
                listening = true;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            CacheInvalidation.apply(cache, notification.getParameter());
                        }
                        received.increment(notifications.length);
                    }
                    // Only reads from replicas are held back by the gate: without them, nothing to look up.
                    if (replicas.configured() && cache.fillGateRaised()) {
                        lowerFillGate(statement);
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    Log.warnf("Cache invalidation listener lost its connection (%s); cache off until it is back", e.getMessage());
                }
            } finally {
                listening = false;
                cache.listening(false);
            }
            pause();
        }
    }

    /** Where the primary's WAL is now, after every eviction so far: replicas that have replayed it may fill the cache. */
    private void lowerFillGate(Statement statement) throws SQLException {
        long epoch = cache.fillEpoch();
        try (ResultSet row = statement.executeQuery("select pg_current_wal_insert_lsn()::text")) {
            row.next();
            cache.lowerFillGate(epoch, WalPosition.parse(row.getString(1)));
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
