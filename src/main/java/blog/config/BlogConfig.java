package blog.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Typed settings of the blog under the {@code blog.} prefix. */
@ConfigMapping(prefix = "blog")
public interface BlogConfig {

    Auth auth();

    Http http();

    Db db();

    Idempotency idempotency();

    Cache cache();

    Webhooks webhooks();

    Site site();

    Feeds feeds();

    Previews previews();

    Imports imports();

    Metrics metrics();

    Tracing tracing();

    interface Imports {
        /** Threads per server that apply imported items. */
        @WithDefault("2")
        @Min(1)
        @Max(16)
        int workers();

        /** The largest import file. */
        @WithDefault("1G")
        MemorySize maxFileSize();
    }

    /** The public site that shows this API's content, and this API's own public address. */
    interface Site {
        /** The front end's home page, absolute: {@code https://example.com} or {@code https://example.com/blog}. */
        String url();

        /** This API's public base URL, absolute, for links to it in feeds and sitemaps: {@code https://api.example.com}. */
        String apiUrl();

        @WithDefault("Blog")
        String title();

        Optional<String> description();

        /** The content's language (BCP 47), for feeds. */
        @WithDefault("en")
        String language();

        /** A post's page: a path under url, or an absolute URL; {slug}, {id}, {year}, {month}, {day} are filled in. */
        @WithDefault("/{slug}")
        String postPath();

        /** A tag's page; {slug} is filled in. */
        @WithDefault("/tag/{slug}")
        String tagPath();

        /** An author's page; {slug} is filled in. */
        @WithDefault("/author/{slug}")
        String authorPath();

        /** The front end's page that shows a draft preview; {token} is filled in. */
        @WithDefault("/preview/{token}")
        String previewPath();
    }

    interface Feeds {
        /** How many of the latest posts a feed carries, 1–100. */
        @WithDefault("20")
        @Min(1)
        @Max(100)
        int items();

        /** Whether items carry the whole post (full) or its excerpt only (excerpt). */
        @WithDefault("full")
        FeedContent content();

        enum FeedContent {
            full, excerpt
        }
    }

    interface Previews {
        /** How long a preview link works when its request names no expiry. */
        @WithDefault("24h")
        Duration lifetime();

        /** The longest lifetime a preview link may be given. */
        @WithDefault("30d")
        Duration maxLifetime();
    }

    interface Webhooks {
        /** Whether webhook targets on loopback or a private network are allowed: for development and tests only. */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** How long one delivery attempt may take, connecting included: a slow receiver never slows the API. */
        @WithDefault("5s")
        Duration timeout();

        /** The pause before the first retry; each next one doubles (with jitter), up to an hour. */
        @WithDefault("10s")
        Duration firstRetry();

        /** How long a delivery is retried before it fails and its webhook is disabled. */
        @WithDefault("24h")
        Duration retryFor();
    }

    interface Cache {
        /** Whether anonymous reads are served from memory. */
        @WithDefault("true")
        boolean enabled();

        /** Longest time an entry lives; writes evict earlier, on every server, through LISTEN/NOTIFY. */
        @WithDefault("30s")
        Duration ttl();

        @WithDefault("64")
        int maxSizeMb();
    }

    interface Idempotency {
        /** How long the answer to a POST with an Idempotency-Key is kept for replays. */
        @WithDefault("24h")
        Duration retention();
    }

    interface Auth {
        /** Admin tokens from configuration, to mint the first stored tokens. */
        List<String> bootstrapTokens();

        /** Key of the HMAC that stored token secrets are hashed with. */
        String tokenHashKey();

        /** The key before the last rotation: a token hashed with it still works, and is hashed again with the new key when used. */
        Optional<String> previousTokenHashKey();

        /** Failed authentications a client may make within failureWindow before it gets 429. */
        @WithDefault("10")
        int failureLimit();

        @WithDefault("60s")
        Duration failureWindow();
    }

    interface Http {
        /** max-age, in seconds, of Cache-Control on anonymous GET responses. */
        @WithDefault("60")
        @Min(0)
        int publicMaxAge();

        /** stale-while-revalidate, in seconds, of public responses: how long a cache may serve a stale copy while it fetches a new one; 0 leaves it out. */
        @WithDefault("30")
        @Min(0)
        int staleWhileRevalidate();

        /** stale-if-error, in seconds, of public responses: how long a cache may serve a stale copy while this API fails; 0 leaves it out. */
        @WithDefault("86400")
        @Min(0)
        int staleIfError();

        /** s-maxage, in seconds, of public responses: how long shared caches (CDNs) keep them, relying on purges by surrogate key; unset: max-age. */
        Optional<@Min(0) Integer> sharedMaxAge();

        /** Largest request body; larger ones get a 413. */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();

        /** On SIGTERM: how long requests are still served (readiness DOWN) before the listener closes. */
        @WithDefault("1s")
        Duration drainDelay();

        /** On SIGTERM: how long, after the listener closed, accepted connections have to finish. */
        @WithDefault("10s")
        Duration drainTimeout();

        /** Proxies (IP addresses and CIDR blocks, IPv4 or IPv6) whose X-Request-Id is taken; none by default. */
        Optional<List<String>> trustedProxies();

        /** One log line per request (blog.logging.AccessLog): method, path, status, duration, bytes, request id. */
        @WithDefault("false")
        boolean accessLog();
    }

    interface Db {
        /** The schema Flyway creates and owns. */
        String schema();

        /** Read replicas for anonymous reads: {@code jdbc:postgresql://host[:port][,host[:port]…]/database}; none by default. */
        Optional<String> readUrl();

        /** A replica further behind the primary than this is skipped until it catches up. */
        @WithDefault("5s")
        Duration readMaxLag();

        /** How often each replica's state and lag are checked. */
        @WithDefault("100ms")
        Duration readCheckInterval();

        /** Connections per replica. */
        @WithDefault("20")
        @Min(1)
        int readPoolSize();

        /**
         * How long a write's answer waits for a streaming standby to confirm it has the write
         * (0: not at all); a standby that stopped streaming longer ago than this is not waited for.
         */
        @WithDefault("2s")
        Duration replicationWait();
    }

    interface Tracing {
        /** Where spans go (OTLP); tracing is off without it (blog.tracing.TracingSwitch). */
        Optional<String> otlpEndpoint();
    }

    interface Metrics {
        /** Where /q/metrics is served: {@code port} (its own port only), {@code token} (the public port, with the metrics token), {@code public}, or {@code off}. */
        Access access();

        /** The port of {@code access=port} (Quarkus's management port; 9090 is Prometheus's own). */
        @WithDefault("9000")
        @Min(1)
        int port();

        /** The address the metrics port listens on. */
        @WithDefault("0.0.0.0")
        String host();

        /** The bearer token of {@code access=token}. */
        Optional<String> token();

        /** How often the figures read from the database (webhook deliveries, imports, changes) are sampled. */
        @WithDefault("10s")
        Duration sampleInterval();

        enum Access { PORT, TOKEN, PUBLIC, OFF }
    }
}
