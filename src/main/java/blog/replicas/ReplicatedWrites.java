package blog.replicas;

import blog.config.BlogConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * After a write commits: its WAL position (the Consistency-Token), once a streaming standby has
 * flushed it, so that a failover to that standby cannot lose a write the client was told about.
 * PostgreSQL's synchronous replication does this too, when the database is set up for it; this
 * works with the asynchronous replication most setups run. A write waits only while a physical
 * standby streams or did within the wait (a poller looks every 250 ms), up to the wait.
 */
@Startup
@ApplicationScoped
public class ReplicatedWrites {

    /** Everything committed so far is at or before this position (flushed, unless commits are asynchronous). */
    private static final String POSITION = "select (case when current_setting('synchronous_commit') = 'off'"
            + " then pg_current_wal_insert_lsn() else pg_current_wal_flush_lsn() end)::text";
    /** Physical standbys streaming, and those that have flushed a position (logical walsenders use a logical slot). */
    private static final String STANDBYS = "select count(*), count(*) filter (where r.flush_lsn >= ?::pg_lsn)"
            + " from pg_stat_replication r where r.state = 'streaming'"
            + " and not exists (select 1 from pg_replication_slots s where s.active_pid = r.pid and s.slot_type = 'logical')";
    private static final long POLL_MILLIS = 2;
    private static final long LOOK_EVERY_MILLIS = 250;
    private static final long NEVER = Long.MIN_VALUE;

    private final AgroalDataSource primary;
    private final Duration wait;
    private volatile long standbySeenNanos = NEVER;
    private volatile long warnedNanos = NEVER;
    private ScheduledExecutorService poller;

    ReplicatedWrites(AgroalDataSource primary, BlogConfig config) {
        this.primary = primary;
        this.wait = config.db().replicationWait();
    }

    @PostConstruct
    void start() {
        if (wait.isZero()) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "standby-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::lookForStandbys, 0, LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** The position of every write committed so far; throws if the primary cannot be asked (the write's fate is then unknown). */
    public long committedPosition() throws SQLException {
        long started = System.nanoTime();
        String position;
        try (Connection connection = primary.getConnection(); PreparedStatement statement = connection.prepareStatement(POSITION);
             ResultSet row = statement.executeQuery()) {
            row.next();
            position = row.getString(1);
        }
        while (standbyRecent(System.nanoTime())) {
            Standbys standbys = standbys(position);
            long now = System.nanoTime();
            if (standbys.flushed() > 0) {
                break;
            }
            if (standbys.streaming() > 0) {
                standbySeenNanos = now;
            }
            if (now - started >= wait.toNanos()) {
                warnUnconfirmed(now);
                break;
            }
            sleep();
        }
        return WalPosition.parse(position);
    }

    private boolean standbyRecent(long now) {
        long seen = standbySeenNanos;
        return !wait.isZero() && seen != NEVER && now - seen <= wait.toNanos();
    }

    private record Standbys(int streaming, int flushed) {
    }

    /** Asked on a connection of its own each time: a stalled standby must not hold the pool. */
    private Standbys standbys(String position) throws SQLException {
        try (Connection connection = primary.getConnection(); PreparedStatement statement = connection.prepareStatement(STANDBYS)) {
            statement.setString(1, position);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Standbys(row.getInt(1), row.getInt(2));
            }
        }
    }

    private void lookForStandbys() {
        try {
            if (standbys("0/0").streaming() > 0) {
                standbySeenNanos = System.nanoTime();
            }
        } catch (SQLException | RuntimeException e) {
            Log.debugf("Looking for streaming standbys failed (%s)", e.getMessage());
        }
    }

    private void warnUnconfirmed(long now) {
        long warned = warnedNanos;
        if (warned == NEVER || now - warned > Duration.ofMinutes(1).toNanos()) {
            warnedNanos = now;
            Log.warnf("A write was answered without a standby's confirmation after %s: a failover now could lose it", wait);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
