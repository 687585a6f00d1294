package blog.database;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL stores them (microseconds), so that what a write returns equals what a read shows. */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
