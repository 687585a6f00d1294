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
            Replica replica = replicas.pick(routing.minimum());
            if (replica != null || (replica = caughtUp(routing.minimum())) != null) {
                try (Connection connection = replica.pool().getConnection()) {
                    T result = work.on(connection);
                    replica.served();
                    routing.servedAt(replica.replayed());
                    return result;
                } catch (SQLException e) {
                    if (!replicaFailed(replica, e)) {
                        throw e;
                    }
                }
            }
            replicas.servedByPrimary();
        }
        try (Connection connection = primary.getConnection()) {
            return work.on(connection);
        }
    }

    /**
     * A replica that was behind the presented token at its last check but has replayed it now
     * (a write answered a moment ago is usually there within milliseconds); null if none.
     */
    private Replica caughtUp(long minimum) {
        Replica replica = replicas.pickUp();
        if (replica == null) {
            return null;
        }
        try (Connection connection = replica.pool().getConnection(); PreparedStatement statement = connection.prepareStatement(REPLAYED_SINCE)) {
            statement.setString(1, WalPosition.format(minimum));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1) ? replica : null;
            }
        } catch (SQLException e) {
            replicaFailed(replica, e);
            return null;
        }
    }

    /** Whether the failure is the replica's rather than the read's; a lost connection also takes it out of use until a check finds it again. */
    private static boolean replicaFailed(Replica replica, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
            replica.lost();
        }
        boolean failed = DatabaseErrors.isUnavailable(e) || state.equals("40001");
        if (failed) {
            Log.debugf("A read on replica %s failed (%s); it runs on the primary", replica.name(), e.getMessage());
        }
        return failed;
    }
}
