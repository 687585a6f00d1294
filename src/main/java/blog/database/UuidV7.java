package blog.database;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered UUIDs (RFC 9562 version 7), so new rows land at the end of primary-key indexes. */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidV7() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randomHigh = RANDOM.nextLong();
        long randomLow = RANDOM.nextLong();
        long mostSignificant = (millis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long leastSignificant = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
