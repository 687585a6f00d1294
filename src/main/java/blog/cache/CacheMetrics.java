package blog.cache;

import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The response cache as metrics: lookups by result, entries removed by cause, and what it holds. */
final class CacheMetrics {

    private final Counter hits;
    private final Counter misses;
    private final Counter invalidated;
    private final Counter sizeEvicted;
    private final Counter expired;

    CacheMetrics(MeterRegistry registry, ResponseCache cache, long maxBytes) {
        hits = lookups(registry, "hit");
        misses = lookups(registry, "miss");
        invalidated = removals(registry, "invalidated");
        sizeEvicted = removals(registry, "size");
        expired = removals(registry, "expired");
        Gauge.builder("blog.cache.size", cache, ResponseCache::weightedBytes).baseUnit("bytes")
                .description("Bytes of the responses the cache holds").register(registry);
        Gauge.builder("blog.cache.max.size", () -> maxBytes).baseUnit("bytes")
                .description("The most bytes the cache may hold (blog.cache.max-size-mb)").register(registry);
        Gauge.builder("blog.cache.entries", cache, ResponseCache::entries)
                .description("Responses the cache holds").register(registry);
    }

    private static Counter lookups(MeterRegistry registry, String result) {
        return Counter.builder("blog.cache.requests").tag("result", result)
                .description("Anonymous reads looked up in the response cache: hit (served from memory) or miss").register(registry);
    }

    private static Counter removals(MeterRegistry registry, String cause) {
        return Counter.builder("blog.cache.evictions").tag("cause", cause)
                .description("Responses removed from the cache: invalidated (a write), size (room for others) or expired (blog.cache.ttl)")
                .register(registry);
    }

    void lookedUp(boolean hit) {
        (hit ? hits : misses).increment();
    }

    void removed(RemovalCause cause) {
        switch (cause) {
            case EXPLICIT -> invalidated.increment();
            case SIZE, COLLECTED -> sizeEvicted.increment();
            case EXPIRED -> expired.increment();
            case REPLACED -> { }
        }
    }
}
