package blog.auth;

import blog.config.BlogConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts failed authentications per client; past the limit the client waits out the window. */
@ApplicationScoped
public class AuthFailures {

    private final int limit;
    private final Duration window;
    private final Cache<String, AtomicInteger> failures;

    AuthFailures(BlogConfig config) {
        this.limit = config.auth().failureLimit();
        this.window = config.auth().failureWindow();
        this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    public boolean isBlocked(String client) {
        AtomicInteger count = failures.getIfPresent(client);
        return count != null && count.get() >= limit;
    }

    public void record(String client) {
        failures.asMap().computeIfAbsent(client, key -> new AtomicInteger()).incrementAndGet();
    }

    public long retryAfterSeconds() {
        return window.toSeconds();
    }
}
