package blog.cache;

import blog.config.BlogConfig;
import blog.replicas.WalPosition;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Published representations for anonymous GETs, in memory. Single posts live apart from
 * everything else (lists, tags, authors) so that a post write evicts its own entries and the
 * collections, not every other post. A generation counter keeps a response that was read
 * before an invalidation from being stored after it, and a fill gate one read from a replica that
 * has not replayed the invalidating write yet.
 */
@ApplicationScoped
public class ResponseCache {

    private final boolean enabled;
    private final CacheMetrics metrics;
    private final Cache<String, CachedResponse> singlePosts;
    private final Cache<String, CachedResponse> collections;
    private final AtomicLong generation = new AtomicLong();
    private volatile Instant validUntil = Instant.MIN;
    private volatile boolean listening;
    private final AtomicReference<FillGate> fillGate = new AtomicReference<>(new FillGate(0, WalPosition.LATEST));

    /**
     * Reads from a replica may fill the cache once it has replayed {@code position}: every
     * eviction raises it to the primary's latest (only the primary's reads fill), until the
     * listener has read the primary's position after that eviction ({@link #lowerFillGate}).
     */
    private record FillGate(long epoch, long position) {
    }

    ResponseCache(BlogConfig config, MeterRegistry registry) {
        this.enabled = config.cache().enabled();
        this.metrics = new CacheMetrics(registry, this, config.cache().maxSizeMb() * 1024L * 1024L);
        this.singlePosts = build(config.cache(), metrics);
        this.collections = build(config.cache(), metrics);
    }

    /** Removals are counted on the thread that removes, so that the counts are exact once it returns. */
    private static Cache<String, CachedResponse> build(BlogConfig.Cache config, CacheMetrics metrics) {
        return Caffeine.newBuilder()
                .maximumWeight(config.maxSizeMb() * 1024L * 1024L / 2)
                .<String, CachedResponse>weigher((key, value) -> value.weight())
                .expireAfterWrite(config.ttl())
                .executor(Runnable::run)
                .removalListener((String key, CachedResponse value, RemovalCause cause) -> metrics.removed(cause))
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    public long generation() {
        return generation.get();
    }

    /** Whether other servers' writes reach this one; without that nothing is served from memory. */
    void listening(boolean listening) {
        evictAll();
        this.listening = listening;
    }

    /** A cached response, unless a scheduled post has become public since it was stored. */
    public CachedResponse get(String key) {
        if (!enabled) {
            return null;
        }
        CachedResponse hit = listening && Instant.now().isBefore(validUntil) ? cacheFor(key).getIfPresent(key) : null;
        metrics.lookedUp(hit != null);
        return hit;
    }

    double weightedBytes() {
        return singlePosts.policy().eviction().orElseThrow().weightedSize().orElse(0)
                + collections.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    double entries() {
        return singlePosts.estimatedSize() + collections.estimatedSize();
    }

    /**
     * Stores a response read at {@code readGeneration}, unless something was invalidated since or
     * it was read at a WAL position ({@code readPosition}) from before the last invalidating write.
     */
    public void put(String key, CachedResponse response, long readGeneration, long readPosition) {
        if (enabled && listening && readGeneration == generation.get() && readPosition >= fillGate.get().position()
                && Instant.now().isBefore(validUntil)) {
            cacheFor(key).put(key, response);
            if (readGeneration != generation.get()) {
                cacheFor(key).invalidate(key);
            }
        }
    }

    /** Whether a response may be stored now (the cache is on and hears other servers' writes). */
    public boolean accepting() {
        return enabled && listening;
    }

    public boolean needsValidity() {
        return !Instant.now().isBefore(validUntil);
    }

    /**
     * Entries may be served until the next scheduled post becomes public; everything stored
     * before that moment is dropped, since it was read while that post was still hidden. The
     * renewal is skipped when a write was announced after {@code observedGeneration}, the
     * generation before {@code nextPublication} was read: that write may have scheduled an
     * earlier post.
     */
    public synchronized void renewValidity(Instant nextPublication, long observedGeneration) {
        if (needsValidity() && generation.get() == observedGeneration) {
            generation.incrementAndGet();
            singlePosts.invalidateAll();
            collections.invalidateAll();
            validUntil = nextPublication;
        }
    }

    /**
     * A post was written: its own entries and every collection go, other posts stay. Entries
     * are valid at most until {@code goesPublicAt}, when the write scheduled the post
     * ({@link Instant#MAX} if it did not, {@link Instant#MIN} if unknown: validity is
     * computed again).
     */
    public synchronized void evictPost(Collection<String> keys, Instant goesPublicAt) {
        generation.incrementAndGet();
        raiseFillGate();
        if (goesPublicAt.isBefore(validUntil)) {
            validUntil = goesPublicAt;
        }
        singlePosts.invalidateAll(keys);
        collections.invalidateAll();
    }

    public synchronized void evictAll() {
        generation.incrementAndGet();
        raiseFillGate();
        validUntil = Instant.MIN;
        singlePosts.invalidateAll();
        collections.invalidateAll();
    }

    private void raiseFillGate() {
        fillGate.updateAndGet(gate -> new FillGate(gate.epoch() + 1, WalPosition.LATEST));
    }

    boolean fillGateRaised() {
        return fillGate.get().position() == WalPosition.LATEST;
    }

    long fillEpoch() {
        return fillGate.get().epoch();
    }

    /** The primary was at {@code position} after every eviction up to {@code epoch}; unless another came since, replicas there may fill. */
    void lowerFillGate(long epoch, long position) {
        FillGate gate = fillGate.get();
        if (gate.epoch() == epoch && position < gate.position()) {
            fillGate.compareAndSet(gate, new FillGate(epoch, position));
        }
    }

    private Cache<String, CachedResponse> cacheFor(String key) {
        return CacheKeys.isSinglePost(key) ? singlePosts : collections;
    }
}
