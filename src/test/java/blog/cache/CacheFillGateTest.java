package blog.cache;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import blog.replicas.WalPosition;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A response read from a replica fills the cache only if the replica had replayed the last
 * invalidating write (the listener's own lowering of the gate goes to the primary's real WAL
 * position, far above the tiny positions used here).
 */
@QuarkusTest
class CacheFillGateTest {

    @Inject
    ResponseCache cache;

    @Test
    void aReplicaReadFromBeforeTheLastEvictionIsNotKept() {
        cache.evictAll();
        String key = key();
        cache.renewValidity(Instant.MAX, cache.generation());
        cache.put(key, response(), cache.generation(), 1);
        assertNull(cache.get(key));
        cache.put(key, response(), cache.generation(), WalPosition.LATEST);
        assertNotNull(cache.get(key));
    }

    @Test
    void aReplicaReadPastThePrimarysPositionAfterTheEvictionIsKept() {
        cache.evictAll();
        long epoch = cache.fillEpoch();
        cache.renewValidity(Instant.MAX, cache.generation());
        cache.lowerFillGate(epoch, 1000);
        String key = key();
        cache.put(key, response(), cache.generation(), 2000);
        assertNotNull(cache.get(key));
        String older = key();
        cache.put(older, response(), cache.generation(), 999);
        assertNull(cache.get(older));
    }

    @Test
    void aPositionReadBeforeAnotherEvictionDoesNotLowerTheGate() {
        cache.evictAll();
        long epoch = cache.fillEpoch();
        cache.evictAll();
        cache.lowerFillGate(epoch, 1000);
        cache.renewValidity(Instant.MAX, cache.generation());
        String key = key();
        cache.put(key, response(), cache.generation(), 2000);
        assertNull(cache.get(key));
    }

    private static String key() {
        return CacheKeys.of("/api/v1/tags/" + UUID.randomUUID(), null);
    }

    private static CachedResponse response() {
        return new CachedResponse("{}".getBytes(), MediaType.APPLICATION_JSON_TYPE, "\"e\"", null, "public, max-age=60", null);
    }
}
