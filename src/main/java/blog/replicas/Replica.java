package blog.replicas;

import io.agroal.api.AgroalDataSource;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/** One read replica: its own small pool, and what the last check found. */
final class Replica {

    enum State {
        /** Reachable and within the allowed lag: serves anonymous reads. */
        up,
        /** Reachable but further behind than allowed: skipped until it catches up. */
        lagging,
        /** Not reachable (or not answering): skipped until a check reaches it again. */
        down
    }

    private final String name;
    private final AgroalDataSource pool;
    private final LongAdder reads = new LongAdder();
    private volatile State state = State.down;
    /** The WAL position it had replayed at the last check ({@link WalPosition#LATEST} once promoted). */
    private volatile long replayed = WalPosition.ANY;
    private volatile Duration lag = Duration.ZERO;

    Replica(String name, AgroalDataSource pool) {
        this.name = name;
        this.pool = pool;
    }

    String name() {
        return name;
    }

    AgroalDataSource pool() {
        return pool;
    }

    State state() {
        return state;
    }

    long replayed() {
        return replayed;
    }

    Duration lag() {
        return lag;
    }

    long reads() {
        return reads.sum();
    }

    void served() {
        reads.increment();
    }

    void checked(long replayed, Duration lag, Duration maxLag) {
        this.replayed = replayed;
        this.lag = lag;
        this.state = reachedState(maxLag);
    }

    /** Reached while the primary could not be asked (a failover): it keeps the lag it had, and its reads. */
    void reachedWithoutPrimary(long replayed, Duration maxLag) {
        this.replayed = replayed;
        this.state = reachedState(maxLag);
    }

    private State reachedState(Duration maxLag) {
        return lag.compareTo(maxLag) > 0 ? State.lagging : State.up;
    }

    /** Unreachable: its pooled connections are closed, since they are likely dead too. */
    void lost() {
        if (state != State.down) {
            state = State.down;
            pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
        }
    }
}
