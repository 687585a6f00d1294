package blog.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrimaryProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aReplicaWithTheLastSampleHasNoLagHoweverOldTheLastWrite() {
        PrimaryProgress progress = new PrimaryProgress(Duration.ofSeconds(10));
        progress.record(0, 100);
        progress.record(5 * SECOND, 100);
        assertEquals(Duration.ZERO, progress.lagOf(100, 9 * SECOND));
    }

    @Test
    void aReplicaBehindIsAsFarBehindAsTheNewestSampleItHas() {
        PrimaryProgress progress = new PrimaryProgress(Duration.ofSeconds(10));
        progress.record(0, 100);
        progress.record(SECOND, 200);
        progress.record(2 * SECOND, 300);
        assertEquals(Duration.ofSeconds(2), progress.lagOf(250, 3 * SECOND));
        assertEquals(Duration.ofSeconds(3), progress.lagOf(100, 3 * SECOND));
    }

    @Test
    void aReplicaBehindEverySampleKeptIsFarBehindOrNotKnownToBeClose() {
        PrimaryProgress progress = new PrimaryProgress(Duration.ofSeconds(2));
        for (int second = 0; second <= 10; second++) {
            progress.record(second * SECOND, 1000 + second);
        }
        assertEquals(PrimaryProgress.UNKNOWN, progress.lagOf(5, 11 * SECOND));
    }

    @Test
    void noSampleYetMeansNoKnownLag() {
        assertEquals(Duration.ZERO, new PrimaryProgress(Duration.ofSeconds(2)).lagOf(0, SECOND));
    }
}
