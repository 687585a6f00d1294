package blog.database;

import blog.problem.ApiException;
import blog.slug.SlugRace;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a write transaction again, from the start, when it lost a race that a new attempt wins:
 * PostgreSQL aborted it to break a deadlock or a serialization conflict, or a concurrent write took
 * the slug it generated. The caller sees the outcome of the attempt that went through, never the
 * aborted one.
 */
public final class WriteRetry {

    private static final int SLUG_ATTEMPTS = 30;
    private static final int TRANSIENT_ATTEMPTS = 8;
    private static final int BACKOFF_MILLIS = 10;

    private WriteRetry() {
    }

    public static <T> T run(Supplier<T> write) {
        int slugRaces = 0;
        int transientFailures = 0;
        while (true) {
            try {
                return write.get();
            } catch (SlugRace race) {
                if (++slugRaces == SLUG_ATTEMPTS) {
                    throw ApiException.conflict("The slug could not be allocated; retry the request.");
                }
            } catch (RuntimeException failure) {
                if (!DatabaseErrors.isTransient(failure) || ++transientFailures == TRANSIENT_ATTEMPTS) {
                    throw failure;
                }
                backOff(transientFailures);
            }
        }
    }

    public static void run(Runnable write) {
        run(() -> {
            write.run();
            return null;
        });
    }

    /** A random pause that grows with each attempt, so that the transactions that collided do not collide again. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, BACKOFF_MILLIS * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a write", e);
        }
    }
}
