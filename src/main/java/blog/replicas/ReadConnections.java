package blog.replicas;

import blog.database.DatabaseErrors;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs the reads of public content: on a read replica when the request may use one
 * ({@link ReadRouting}) and one is fit, on the primary otherwise. A replica that fails during the
 * read (stopped, restarted, a recovery conflict) costs nothing but time: the read runs again on
 * the primary.
 */
@ApplicationScoped
public class ReadConnections {

    /** Recovery conflicts, deadlocks, and what a replica behind a migration says (undefined table, column, function). */
    private static final java.util.Set<String> REPLICA_STATES = java.util.Set.of("40001", "40P01", "42P01", "42703", "42883");
    private static final String REPLAYED_SINCE = "select not pg_is_in_recovery() or pg_last_wal_replay_lsn() >= ?::pg_lsn";

    private final AgroalDataSource primary;
    private final ReadReplicas replicas;
    private final ReadRouting routing;

    ReadConnections(AgroalDataSource primary, ReadReplicas replicas, ReadRouting routing) {
        this.primary = primary;
        this.replicas = replicas;
        this.routing = routing;
    }

    public <T> T read(SqlWork<T> work) throws SQLException {
        if (replicas.configured() && Arc.container().requestContext().isActive() && routing.replicaAllowed()) {
            long minimum = routing.minimum();
            Replica replica = replicas.pick(minimum);
            if (replica == null && minimum > WalPosition.ANY) {
                replica = replicas.pick(WalPosition.ANY);   // behind the token at its last check, but perhaps not any more
            }
            if (replica != null) {
                Served<T> served = onReplica(replica, minimum, work);
                if (served != null) {
                    return served.result();
                }
            }
            replicas.servedByPrimary();
        }
        return onPrimary(work);
    }

    /** A read that must see the latest (a draft's preview): on the primary, whoever asks. */
    public <T> T onPrimary(SqlWork<T> work) throws SQLException {
        try (Connection connection = primary.getConnection()) {
            return work.on(connection);
        }
    }

    private record Served<T>(T result) {
    }

    /**
     * The read on the replica; null if it must run on the primary: the replica cannot be reached,
     * fails during the read, or has not replayed the token. The token is checked on the read's own
     * connection, since a read URL may name a service in front of several replicas.
     */
    private <T> Served<T> onReplica(Replica replica, long minimum, SqlWork<T> work) throws SQLException {
        Connection connection;
        try {
            connection = replica.pool().getConnection();
        } catch (SQLException e) {
            replica.lost();
            Log.debugf("Replica %s refused a connection (%s); the read runs on the primary", replica.name(), e.getMessage());
            return null;
        }
        try (connection) {
            if (minimum > WalPosition.ANY && !replayed(connection, minimum)) {
                return null;
            }
            T result = work.on(connection);
            replica.served();
            routing.servedAt(minimum > WalPosition.ANY ? Math.max(minimum, replica.replayed()) : replica.replayed());
            return new Served<>(result);
        } catch (SQLException e) {
            if (!replicaFailed(replica, e)) {
                throw e;
            }
            return null;
        }
    }

    private static boolean replayed(Connection connection, long minimum) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REPLAYED_SINCE)) {
            statement.setString(1, WalPosition.format(minimum));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /**
     * Whether the failure is the replica's rather than the read's: unreachable, shutting down, too
     * many connections, a recovery conflict, or a schema it has not replayed yet (a migration during
     * a rolling deploy). A lost connection also takes it out of use until a check finds it again.
     */
    private static boolean replicaFailed(Replica replica, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
            replica.lost();
        }
        boolean failed = DatabaseErrors.isUnavailable(e) || REPLICA_STATES.contains(state) || state.startsWith("53");
        if (failed) {
            Log.debugf("A read on replica %s failed (%s); it runs on the primary", replica.name(), e.getMessage());
        }
        return failed;
    }
}
