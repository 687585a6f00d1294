package blog.replicas;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where this request's reads may go: a replica only for an anonymous GET or HEAD, and then only
 * one that has replayed the request's Consistency-Token; and how fresh what was read is, for the
 * response cache.
 */
@RequestScoped
public class ReadRouting {

    public static final String HEADER = "Consistency-Token";

    private boolean replicaAllowed;
    private long minimum = WalPosition.ANY;
    private long servedPosition = WalPosition.LATEST;

    void allowReplica(long minimum) {
        this.replicaAllowed = true;
        this.minimum = minimum;
    }

    boolean replicaAllowed() {
        return replicaAllowed;
    }

    long minimum() {
        return minimum;
    }

    void servedAt(long position) {
        servedPosition = Math.min(servedPosition, position);
    }

    /** The WAL position every read of this request had at least reached ({@link WalPosition#LATEST}: the primary's). */
    public long servedPosition() {
        return servedPosition;
    }
}
