package blog.replicas;

import blog.config.BlogConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * After a write commits: its WAL position (the Consistency-Token), once a streaming standby has
 * flushed it, so that a failover to that standby cannot lose a write the client was told about.
 * PostgreSQL's synchronous replication does this too, when the database is set up for it; this
 * works with the asynchronous replication most setups run, and waits only while a standby
 * streams or did so within the wait.
 */
@ApplicationScoped
public class ReplicatedWrites {

    /** Everything this session committed is at or before this position (flushed, unless commits are asynchronous). */
    private static final String POSITION = "(case when current_setting('synchronous_commit') = 'off'"
            + " then pg_current_wal_insert_lsn() else pg_current_wal_flush_lsn() end)";
    private static final String STANDBYS = "count(*) filter (where state = 'streaming'),"
            + " count(*) filter (where state = 'streaming' and flush_lsn >= %s)";
    private static final String FIRST_CHECK = "select p::text, " + STANDBYS.formatted("p") + " from (select " + POSITION + " as p) w"
            + " left join pg_stat_replication on true group by p";
    private static final String NEXT_CHECK = "select " + STANDBYS.formatted("?::pg_lsn") + " from pg_stat_replication";
    private static final String POSITION_ONLY = "select " + POSITION + "::text";
    private static final long POLL_MILLIS = 2;
    private static final long RECHECK_NANOS = Duration.ofMillis(250).toNanos();

    private static final long NEVER = Long.MIN_VALUE;

    private final AgroalDataSource primary;
    private final Duration wait;
    private volatile long standbySeenNanos = NEVER;
    private volatile long warnedNanos = NEVER;
    private volatile long checkedNanos = System.nanoTime() - Duration.ofDays(1).toNanos();

    ReplicatedWrites(AgroalDataSource primary, BlogConfig config) {
        this.primary = primary;
        this.wait = config.db().replicationWait();
    }

    /** The position of every write committed so far; throws if the primary cannot be asked (the write's fate is then unknown). */
    public long committedPosition() throws SQLException {
        try (Connection connection = primary.getConnection()) {
            long started = System.nanoTime();
            if (!standbysMayMatter(started)) {
                return WalPosition.parse(position(connection));
            }
            checkedNanos = started;
            String position;
            Standbys standbys;
            try (PreparedStatement statement = connection.prepareStatement(FIRST_CHECK); ResultSet row = statement.executeQuery()) {
                row.next();
                position = row.getString(1);
                standbys = new Standbys(row.getInt(2), row.getInt(3));
            }
            while (mustWait(standbys, started)) {
                sleep();
                standbys = standbys(connection, position);
            }
            return WalPosition.parse(position);
        }
    }

    /**
     * Whether this write must look at the standbys: one streamed lately, or nobody looked for a
     * while (so that a standby that starts streaming is noticed within {@link #RECHECK_NANOS}).
     */
    private boolean standbysMayMatter(long now) {
        return !wait.isZero() && (now - checkedNanos > RECHECK_NANOS
                || standbySeenNanos != NEVER && now - standbySeenNanos <= wait.toNanos());
    }

    private static String position(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(POSITION_ONLY); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private record Standbys(int streaming, int flushed) {
    }

    private boolean mustWait(Standbys standbys, long started) {
        long now = System.nanoTime();
        if (standbys.streaming() > 0) {
            standbySeenNanos = now;
        }
        if (wait.isZero() || standbys.flushed() > 0 || standbySeenNanos == NEVER
                || now - standbySeenNanos > wait.toNanos()) {
            return false;
        }
        if (now - started < wait.toNanos()) {
            return true;
        }
        if (warnedNanos == NEVER || now - warnedNanos > Duration.ofMinutes(1).toNanos()) {
            warnedNanos = now;
            Log.warnf("A write was answered without a standby's confirmation after %s: a failover now could lose it", wait);
        }
        return false;
    }

    private static Standbys standbys(Connection connection, String position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NEXT_CHECK)) {
            statement.setString(1, position);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Standbys(row.getInt(1), row.getInt(2));
            }
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
