package blog.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Failed authentications and the 429s that clients who keep failing get, as counters. */
@Startup
@ApplicationScoped
public class AuthenticationMetrics {

    private final Counter missing;
    private final Counter invalid;
    private final Counter rateLimited;

    AuthenticationMetrics(MeterRegistry registry) {
        missing = failures(registry, "missing");
        invalid = failures(registry, "invalid");
        rateLimited = Counter.builder("blog.auth.rate.limited")
                .description("Requests refused with 429 because their client failed to authenticate too often").register(registry);
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder("blog.auth.failures").tag("reason", reason)
                .description("Failed authentications (401): missing (a write without a token) or invalid (unknown, expired or revoked token)")
                .register(registry);
    }

    void missing() {
        missing.increment();
    }

    void invalid() {
        invalid.increment();
    }

    void rateLimited() {
        rateLimited.increment();
    }
}
