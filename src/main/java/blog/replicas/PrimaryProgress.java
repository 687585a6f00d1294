package blog.replicas;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The primary's flushed WAL position sampled over time, to tell how far behind a replica is in
 * time: a replica that has replayed a sample's position has everything committed before that
 * sample was taken. An idle primary leaves a caught-up replica at no lag at all, whatever
 * PostgreSQL's last replayed transaction's age.
 */
final class PrimaryProgress {

    private record Sample(long nanos, long position) {
    }

    /** Behind every sample kept: far behind, or (just after a start, before the samples span much) not known how far. */
    static final Duration UNKNOWN = Duration.ofDays(1);

    private final Deque<Sample> samples = new ArrayDeque<>();
    private final long keepNanos;

    PrimaryProgress(Duration keep) {
        this.keepNanos = keep.toNanos();
    }

    synchronized void record(long nanos, long position) {
        samples.addLast(new Sample(nanos, position));
        while (samples.size() > 1 && nanos - samples.peekFirst().nanos() > keepNanos) {
            samples.removeFirst();
        }
    }

    /**
     * How long ago, at most, the primary had committed nothing that a replica at {@code replayed}
     * lacks: zero if it has the last sample; the age of the newest sample it has otherwise;
     * {@link #UNKNOWN} if it has none.
     */
    synchronized Duration lagOf(long replayed, long nowNanos) {
        if (samples.isEmpty() || replayed >= samples.peekLast().position()) {
            return Duration.ZERO;
        }
        Sample reached = null;
        for (Sample sample : samples) {
            if (sample.position() <= replayed) {
                reached = sample;
            }
        }
        return reached == null ? UNKNOWN : Duration.ofNanos(nowNanos - reached.nanos());
    }
}
